/**
 * Written replies in live sessions, on SQLite and PostgreSQL, over the real server's live fast
 * path: at a `write:` decision phones send (and change) one reply per round, the server analyses it
 * with the learners' analyser, the replies show only after the reveal, the trainer posts one and the
 * story continues through the engine's written-reply route. Refusals answer in the session's language.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseReply, featureIdsOf } from '../../src/analysis/index.ts';
import { chooseWritten, replay, startRun, writeNow } from '../../src/engine/index.ts';
import { loadSiteScenario } from '../support/api-fixtures.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';
import { startLiveInstance, type LiveInstance } from '../support/live-instance.ts';

const SCENARIO = 'paket-verspaetet';
const { scenario } = loadSiteScenario(SCENARIO);
const firstWrite = writeNow(scenario, startRun(scenario))!;
const KIND = 'Hallo Sandra, das ist wirklich ärgerlich, das verstehe ich. Schicken Sie mir bitte Ihre Sendungsnummer, dann kläre ich das heute noch.';
const RUDE = 'Du bist doch selbst schuld, du Idiot.';

async function post(url: string, body: unknown, token?: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe.each(DATABASE_KINDS)('written replies in live sessions on %s', (kind) => {
  let database: TestDatabase;
  let instance: LiveInstance | undefined;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    instance = await startLiveInstance(kind === 'sqlite' ? { sqliteFile: database.file } : { url: database.url });
  });
  afterEach(async () => {
    await instance?.close().catch(() => undefined);
    await database.close();
  });

  async function setUp(locale: 'de' | 'en') {
    const a = instance!;
    const trainerId = randomUUID();
    await a.app.db.insertInto('trainers').values({ id: trainerId, email: `${trainerId}@example.org`, password_hash: 'unused', created_at: new Date().toISOString() }).execute();
    const created = await a.app.live.create(trainerId, { scenarioId: SCENARIO, locale });
    if (!created.ok) throw new Error(created.code);
    const join = async (pseudonym: string) => (await post(`${a.url}/api/live/${created.session.code}/join`, { pseudonym })).json['token'] as string;
    const reply = (token: string, round: number, text: string) => post(`${a.url}/api/live/${created.session.code}/replies`, { round, text }, token);
    return { a, trainerId, session: created.session, join, reply };
  }

  it('keeps one changeable reply per phone, hidden until the reveal, and continues the story with the posted one', async () => {
    expect(firstWrite).toBeDefined();
    const { a, trainerId, session, join, reply } = await setUp('de');
    const [kim, ali] = [await join('Kim'), await join('Ali')];
    expect((await reply(kim, 1, RUDE)).status).toBe(200);
    // A changed mind replaces the reply (same id), it does not add one.
    const first = await reply(kim, 1, RUDE + ' Echt jetzt.');
    const changed = await reply(kim, 1, KIND);
    expect(changed.status).toBe(200);
    expect(changed.json['replyId']).toBe(first.json['replyId']);
    const aliSent = await reply(ali, 1, RUDE);
    expect(aliSent.status).toBe(200);

    const hidden = (await a.app.live.snapshot(session.id))!;
    expect(hidden.written).toBe(2);
    expect(hidden.replies).toBeNull();
    const me = await fetch(`${a.url}/api/live/${session.code}/me`, { headers: { authorization: `Bearer ${kim}` } });
    expect(((await me.json()) as { replies: Record<string, string> }).replies['1']).toBe(KIND);

    // Posting before the reveal is refused.
    const early = await a.app.live.act(trainerId, session.id, { type: 'post-reply', replyId: changed.json['replyId'] as string });
    expect(early.ok ? 'posted' : early.code).toBe('live-not-revealed');

    const revealed = await a.app.live.act(trainerId, session.id, { type: 'reveal' });
    if (!revealed.ok) throw new Error(revealed.code);
    const shown = revealed.snapshot.replies!;
    expect(shown.map((r) => r.text).sort()).toEqual([KIND, RUDE].sort());
    // Anonymous: no names in what the room sees, and the server's features are the analyser's.
    expect(JSON.stringify(shown)).not.toMatch(/Kim|Ali/);
    expect(shown.find((r) => r.text === KIND)!.features).toEqual(featureIdsOf(analyseReply(KIND, 'de')));
    // Closed after the reveal: a change is refused in German.
    const late = await reply(kim, 1, RUDE);
    expect(late.status).toBe(409);
    expect(late.json['error']).toMatch(/geschlossen/);

    // Unknown reply ids (and other trainers) are refused.
    const unknown = await a.app.live.act(trainerId, session.id, { type: 'post-reply', replyId: randomUUID() });
    expect(unknown.ok ? 'posted' : unknown.code).toBe('live-reply-unknown');
    const stranger = await a.app.live.act(randomUUID(), session.id, { type: 'post-reply', replyId: changed.json['replyId'] as string });
    expect(stranger.ok ? 'posted' : stranger.code).toBe('live-session-unknown');

    const posted = await a.app.live.act(trainerId, session.id, { type: 'post-reply', replyId: changed.json['replyId'] as string });
    if (!posted.ok) throw new Error(posted.code);
    const snap = posted.snapshot;
    expect(snap.round).toBe(2);
    expect(snap.phase).toBe('voting');
    // The story went where the engine's written-reply route sends these features.
    const expected = chooseWritten(scenario, startRun(scenario), { features: featureIdsOf(analyseReply(KIND, 'de')), analyser: 'x', length: KIND.length });
    if (!expected.ok) throw new Error(expected.error);
    const room = replay(scenario, snap.path);
    if (!room.ok) throw new Error(room.error);
    expect(room.run.nodeId).toBe(expected.run.nodeId);
    expect(room.run.steps[0]!.choiceId).toBe(expected.run.steps[0]!.choiceId);
    // The room debrief names the posted reply at that step.
    expect(snap.history[0]!.posted?.text).toBe(KIND);
    expect(snap.history[0]!.followed).toBe(`reply:${changed.json['replyId'] as string}`);

    // Deleting the session deletes its replies with it, as its votes.
    const stored = () => a.app.db.selectFrom('live_replies').select('id').where('session_id', '=', session.id).execute();
    expect(await stored()).toHaveLength(2);
    expect(await a.app.live.remove(trainerId, session.id)).toBe(true);
    expect(await stored()).toHaveLength(0);
  });

  it('refuses empty, too long, no-write and closed replies with a message in the session language', async () => {
    const { a, trainerId, session, join, reply } = await setUp('en');
    const kim = await join('Kim');
    const empty = await reply(kim, 1, '   ');
    expect(empty.status).toBe(422);
    expect(empty.json['error']).toMatch(/Write a reply/);
    const long = await reply(kim, 1, 'a'.repeat(firstWrite.maxLength + 1));
    expect(long.status).toBe(422);
    expect(long.json['error']).toContain(String(firstWrite.maxLength));
    expect((await reply(kim, 2, KIND)).status).toBe(409);
    expect((await reply('x'.repeat(43), 1, KIND)).status).toBe(401);
    // Nothing refused was stored.
    expect((await a.app.live.snapshot(session.id))!.written).toBe(0);

    // Follow a choice to a decision without `write:` (if the scenario has one there), where replies are refused.
    await a.app.live.act(trainerId, session.id, { type: 'reveal' });
    const followed = await a.app.live.act(trainerId, session.id, { type: 'follow', choiceId: (await a.app.live.snapshot(session.id))!.choices[0]! });
    if (!followed.ok) throw new Error(followed.code);
    const at = replay(scenario, followed.snapshot.path);
    if (at.ok && !at.run.ended && !writeNow(scenario, at.run)) {
      const noWrite = await reply(kim, followed.snapshot.round, KIND);
      expect(noWrite.status).toBe(422);
      expect(noWrite.json['error']).toMatch(/takes no written reply/);
    }
  });
});
