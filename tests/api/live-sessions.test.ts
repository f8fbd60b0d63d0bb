/**
 * Live sessions end to end below the browser, on SQLite and PostgreSQL: the real server (guards,
 * compression, the live fast path) over the real composition root and database. Phones join, vote
 * and listen over HTTP; the trainer's actions go through the service the Astro routes call.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { choicesNow, replay, startRun } from '../../src/engine/index.ts';
import type { LiveSnapshot } from '../../src/server/live/live-state.ts';
import { createClass } from '../../src/server/services/classes.ts';
import { joinClass } from '../../src/server/services/join.ts';
import { loadSiteScenario } from '../support/api-fixtures.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';
import { openEventStream, startLiveInstance, type LiveInstance } from '../support/live-instance.ts';

const SCENARIO = 'paket-verspaetet';
const { scenario } = loadSiteScenario(SCENARIO);
const firstChoices = choicesNow(scenario, startRun(scenario)).map((c) => c.id);

async function addTrainer(instance: LiveInstance): Promise<string> {
  const id = randomUUID();
  await instance.app.db.insertInto('trainers').values({ id, email: `${id}@example.org`, password_hash: 'unused', created_at: new Date().toISOString() }).execute();
  return id;
}

async function post(url: string, body: unknown, token?: string, lang = 'de') {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function join(instance: LiveInstance, code: string, pseudonym: string): Promise<string> {
  const res = await post(`${instance.url}/api/live/${code}/join`, { pseudonym });
  expect(res.status).toBe(201);
  return res.json['token'] as string;
}

const vote = (instance: LiveInstance, code: string, token: string, round: number, choiceId: string) => post(`${instance.url}/api/live/${code}/votes`, { round, choiceId }, token);

describe.each(DATABASE_KINDS)('live sessions on %s', (kind) => {
  let database: TestDatabase;
  let instances: LiveInstance[] = [];
  const start = async () => {
    // The test database stays open for cleanup; instances open their own connections to it.
    const instance = await startLiveInstance(kind === 'sqlite' ? { sqliteFile: database.file } : { url: database.url });
    instances.push(instance);
    return instance;
  };

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    instances = [];
  });
  afterEach(async () => {
    for (const i of instances) await i.close().catch(() => undefined);
    await database.close();
  });

  async function newSession(instance: LiveInstance) {
    const trainerId = await addTrainer(instance);
    const created = await instance.app.live.create(trainerId, { scenarioId: SCENARIO, locale: 'de' });
    if (!created.ok) throw new Error(created.code);
    return { trainerId, session: created.session };
  }

  it('counts one vote per participant per decision, changeable until the reveal, refused after it in German', async () => {
    const a = await start();
    const { trainerId, session } = await newSession(a);
    const [t1, t2] = [await join(a, session.code, 'Kim'), await join(a, session.code, 'Ali')];
    expect((await vote(a, session.code, t1, 1, firstChoices[0]!)).status).toBe(200);
    // The same vote again, then a changed mind: still one vote.
    expect((await vote(a, session.code, t1, 1, firstChoices[0]!)).status).toBe(200);
    expect((await vote(a, session.code, t1, 1, firstChoices[1]!)).status).toBe(200);
    expect((await vote(a, session.code, t2, 1, firstChoices[1]!)).status).toBe(200);
    const unknown = await vote(a, session.code, t2, 1, 'no-such-choice');
    expect(unknown.status).toBe(422);
    expect(unknown.json['error']).toMatch(/steht bei dieser Entscheidung nicht zur Wahl/);
    // Malformed votes (checked by hand on this hot path) are refused in German with what is wrong, and change nothing.
    const post400 = (body: unknown) => post(`${a.url}/api/live/${session.code}/votes`, body, t2);
    const malformed = await post400({ round: '1', choiceId: firstChoices[0], extra: 1 });
    expect(malformed.status).toBe(400);
    expect(malformed.json['error']).toMatch(/^Die Anfrage ist ungültig: round: expected an integer; body: unknown field "extra"$/);
    expect((await post400({ round: 1, choiceId: '' })).json['error']).toMatch(/choiceId: must not be empty/);
    expect((await post400([1])).status).toBe(400);
    expect((await post400({ round: 1, choiceId: 'a\u0000b' })).status).toBe(400);
    const hidden = (await a.app.live.snapshot(session.id))!;
    expect(hidden.voted).toBe(2);
    expect(hidden.tally).toBeNull();

    const revealed = await a.app.live.act(trainerId, session.id, { type: 'reveal' });
    expect(revealed.ok && revealed.snapshot.tally).toEqual(Object.fromEntries(firstChoices.map((c) => [c, c === firstChoices[1] ? 2 : 0])));
    const late = await vote(a, session.code, t1, 1, firstChoices[0]!);
    expect(late.status).toBe(409);
    expect(late.json['error']).toMatch(/Abstimmung über diese Entscheidung ist geschlossen/);
    const rows = await a.app.db.selectFrom('live_votes').selectAll().where('session_id', '=', session.id).execute();
    expect(rows.map((r) => r.choice_id).sort()).toEqual([firstChoices[1], firstChoices[1]]);
    // No token, or a token of this session used on another: never a vote.
    expect((await vote(a, session.code, 'x'.repeat(43), 1, firstChoices[0]!)).status).toBe(401);
    const other = await newSession(a);
    expect((await vote(a, other.session.code, t1, 1, firstChoices[0]!)).status).toBe(401);
  });

  it('follows the majority, plays a what-if, goes back a decision, and keeps the room path with its tallies', async () => {
    const a = await start();
    const { trainerId, session } = await newSession(a);
    const tokens = [await join(a, session.code, 'P1'), await join(a, session.code, 'P2'), await join(a, session.code, 'P3')];
    for (const [i, t] of tokens.entries()) await vote(a, session.code, t, 1, firstChoices[i === 2 ? 1 : 0]!);
    expect((await a.app.live.act(trainerId, session.id, { type: 'follow-majority' })).ok).toBe(false);
    await a.app.live.act(trainerId, session.id, { type: 'reveal' });
    const followed = await a.app.live.act(trainerId, session.id, { type: 'follow-majority' });
    if (!followed.ok) throw new Error(followed.code);
    expect(followed.snapshot.path).toEqual([firstChoices[0]]);
    expect(followed.snapshot.phase).toBe('voting');
    expect(followed.snapshot.round).toBe(2);
    const run = replay(scenario, [firstChoices[0]!]);
    expect(run.ok && followed.snapshot.choices).toEqual(run.ok ? choicesNow(scenario, run.run).map((c) => c.id) : []);

    // Back to the first decision: a new round, fresh votes; then "what if" the minority had won.
    const back = await a.app.live.act(trainerId, session.id, { type: 'back' });
    expect(back.ok && [back.snapshot.path, back.snapshot.round, back.snapshot.voted]).toEqual([[], 3, 0]);
    await vote(a, session.code, tokens[0]!, 3, firstChoices[0]!);
    await a.app.live.act(trainerId, session.id, { type: 'reveal' });
    const whatIf = await a.app.live.act(trainerId, session.id, { type: 'follow', choiceId: firstChoices[1]! });
    if (!whatIf.ok) throw new Error(whatIf.code);
    expect(whatIf.snapshot.path).toEqual([firstChoices[1]]);
    expect(whatIf.snapshot.history).toEqual([expect.objectContaining({ round: 3, step: 0, followed: firstChoices[1], majority: [firstChoices[0]], tally: expect.objectContaining({ [firstChoices[0]!]: 1, [firstChoices[1]!]: 0 }) })]);
    // The stale round is closed for everyone.
    expect((await vote(a, session.code, tokens[1]!, 1, firstChoices[0]!)).status).toBe(409);
  });

  it('loses no acknowledged vote across a restart and continues the session', async () => {
    const a = await start();
    const { trainerId, session } = await newSession(a);
    const tokens = await Promise.all(['Ayla', 'Ben', 'Cem', 'Dana', 'Emil'].map((p) => join(a, session.code, p)));
    // Five votes at once: written in one group, each answered after the commit.
    const answers = await Promise.all(tokens.map((t, i) => vote(a, session.code, t, 1, firstChoices[i % 2]!)));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    await a.close();
    instances = [];
    const b = await start();
    const reloaded = (await b.app.live.snapshot(session.id))!;
    expect([reloaded.voted, reloaded.participants, reloaded.round]).toEqual([5, 5, 1]);
    // The phones' tokens still work on the new process.
    expect((await vote(b, session.code, tokens[0]!, 1, firstChoices[1]!)).status).toBe(200);
    const revealed = await b.app.live.act(trainerId, session.id, { type: 'reveal' });
    expect(revealed.ok && revealed.snapshot.tally).toEqual(Object.fromEntries(firstChoices.map((c) => [c, c === firstChoices[0] ? 2 : c === firstChoices[1] ? 3 : 0])));
  });

  it('streams the state as server-sent events, uncompressed, resumable, with tallies pushed after votes', async () => {
    const a = await start();
    const { trainerId, session } = await newSession(a);
    const stream = await openEventStream(`${a.url}/api/live/${session.code}/events?tallies=1`, { 'accept-encoding': 'gzip, br' });
    const phone = await openEventStream(`${a.url}/api/live/${session.code}/events`);
    await phone.waitFor((e) => e.event === 'state');
    expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers['cache-control']).toBe('no-cache, no-transform');
    expect(stream.response.headers['content-encoding']).toBeUndefined();
    const first = await stream.waitFor((e) => e.event === 'state');
    expect((JSON.parse(first.data) as LiveSnapshot).phase).toBe('voting');
    const token = await join(a, session.code, 'Kim');
    await vote(a, session.code, token, 1, firstChoices[0]!);
    await stream.waitFor((e) => (JSON.parse(e.data) as LiveSnapshot).voted === 1);
    await a.app.live.act(trainerId, session.id, { type: 'reveal' });
    const shown = await stream.waitFor((e) => (JSON.parse(e.data) as LiveSnapshot).phase === 'revealed');
    stream.close();
    // The phone's stream carried no tally push in between: the state at connection, then the reveal.
    await phone.waitFor((e) => (JSON.parse(e.data) as LiveSnapshot).phase === 'revealed');
    // (Compared by content, not by count: a busy machine may send the unchanged state twice.)
    const phoneStates = phone.events.map((e) => JSON.parse(e.data) as LiveSnapshot);
    expect(phoneStates.at(-1)!.phase).toBe('revealed');
    expect(phoneStates.filter((state) => state.phase === 'voting').map((state) => state.voted)).not.toContain(1);
    phone.close();
    // Resuming with the last id seen: nothing is resent while nothing changed …
    const resumed = await openEventStream(`${a.url}/api/live/${session.code}/events`, { 'last-event-id': shown.id! });
    // … and the next change arrives as usual.
    await a.app.live.act(trainerId, session.id, { type: 'qr', hidden: true });
    const next = await resumed.waitFor((e) => e.event === 'state');
    expect(resumed.events[0]).toBe(next);
    expect((JSON.parse(next.data) as LiveSnapshot).qrHidden).toBe(true);
    resumed.close();
  });

  it('deletes an expired ad-hoc session with its votes, keeps a class session until its class is deleted', async () => {
    const a = await start();
    const { trainerId, session: adHoc } = await newSession(a);
    const classId = randomUUID();
    await a.app.db.insertInto('classes').values({ id: classId, trainer_id: trainerId, name: '7b', join_code: 'KKKK-MMMM', archived_at: null, created_at: new Date().toISOString() }).execute();
    const created = await a.app.live.create(trainerId, { scenarioId: SCENARIO, locale: 'de', classId });
    if (!created.ok) throw new Error(created.code);
    const ofClass = created.session;
    for (const s of [adHoc, ofClass]) await vote(a, s.code, await join(a, s.code, 'Kim'), 1, firstChoices[0]!);
    const votesOf = async (id: string) => (await database.db.selectFrom('live_votes').select('choice_id').where('session_id', '=', id).execute()).length;
    expect([await votesOf(adHoc.id), await votesOf(ofClass.id)]).toEqual([1, 1]);
    // Both past their expiry (set in the database, then read by a fresh process, as after 12 hours):
    // the code no longer lets anyone join.
    await a.app.db.updateTable('live_sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    await a.close();
    instances = [];
    const b = await start();
    expect((await post(`${b.url}/api/live/${ofClass.code}/join`, { pseudonym: 'Spät' })).status).toBe(410);
    expect(await b.app.live.sweep()).toBe(1);
    expect([await votesOf(adHoc.id), await votesOf(ofClass.id)]).toEqual([0, 1]);
    await b.app.db.deleteFrom('classes').where('id', '=', classId).execute();
    expect(await votesOf(ofClass.id)).toBe(0);
    expect(await b.app.db.selectFrom('live_participants').select('id').execute()).toEqual([]);
  });

  it('lets the class join under their class pseudonyms, one place per learner, and keeps their votes with the class', async () => {
    const a = await start();
    const trainerId = await addTrainer(a);
    const classes = await Promise.all(['7b', '8a'].map((name) => createClass(a.app.db, trainerId, name)));
    const [kim, other] = [await joinClass(a.app.db, classes[0]!.join_code, 'Kim', 'test'), await joinClass(a.app.db, classes[1]!.join_code, 'Ola', 'test')];
    if (!kim.ok || !other.ok) throw new Error('joining the classes failed');
    const created = await a.app.live.create(trainerId, { scenarioId: SCENARIO, locale: 'de', classId: classes[0]!.id });
    if (!created.ok) throw new Error(created.code);
    const { code, id } = created.session;
    expect((await a.app.live.snapshot(id))!.forClass).toBe(true);

    const first = await post(`${a.url}/api/live/${code}/join`, { learnerToken: kim.joined.token });
    expect(first.status).toBe(201);
    expect(first.json['pseudonym']).toBe('Kim');
    expect((await vote(a, code, first.json['token'] as string, 1, firstChoices[0]!)).status).toBe(200);
    // A second device of the same learner takes over the place: still one vote, the old token is gone.
    const second = await post(`${a.url}/api/live/${code}/join`, { learnerToken: kim.joined.token });
    expect(second.status).toBe(201);
    expect(second.json['participantId']).toBe(first.json['participantId']);
    expect((await vote(a, code, second.json['token'] as string, 1, firstChoices[1]!)).status).toBe(200);
    expect((await vote(a, code, first.json['token'] as string, 1, firstChoices[0]!)).status).toBe(401);
    expect((await a.app.live.snapshot(id))!.voted).toBe(1);

    // A learner of another class, or a made-up token, is not a member; a guest cannot take a member's name.
    const stranger = await post(`${a.url}/api/live/${code}/join`, { learnerToken: other.joined.token });
    expect(stranger.status).toBe(403);
    expect(stranger.json['error']).toMatch(/gehört nicht zur Klasse/);
    expect((await post(`${a.url}/api/live/${code}/join`, { learnerToken: 'x'.repeat(43) })).status).toBe(403);
    expect((await post(`${a.url}/api/live/${code}/join`, { pseudonym: 'Kim' })).status).toBe(409);
    expect((await post(`${a.url}/api/live/${code}/join`, { pseudonym: 'Gast' })).status).toBe(201);
    // In an ad-hoc session nobody is a class member.
    const adHoc = await a.app.live.create(trainerId, { scenarioId: SCENARIO, locale: 'en' });
    if (!adHoc.ok) throw new Error(adHoc.code);
    const refused = await post(`${a.url}/api/live/${adHoc.session.code}/join`, { learnerToken: kim.joined.token }, undefined, 'en');
    expect(refused.status).toBe(403);
    expect(refused.json['error']).toMatch(/not a member of the class/);

    // The votes stay with the class (not swept) and go with the learner.
    await a.app.db.updateTable('live_sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    await a.app.live.sweep();
    const votes = () => database.db.selectFrom('live_votes').select('choice_id').where('session_id', '=', id).execute();
    expect(await votes()).toEqual([{ choice_id: firstChoices[1] }]);
    await a.app.db.deleteFrom('learners').where('id', '=', kim.joined.learner.id).execute();
    expect(await votes()).toEqual([]);
  });

  it('stores the last of several votes a phone sends at once, as the count in memory has it', async () => {
    const a = await start();
    const { trainerId, session } = await newSession(a);
    const tokens = [await join(a, session.code, 'Kim'), await join(a, session.code, 'Ali')];
    // Sent together, these usually land in one group commit: one row per phone, the later vote winning.
    const answers = await Promise.all([vote(a, session.code, tokens[0]!, 1, firstChoices[0]!), vote(a, session.code, tokens[0]!, 1, firstChoices[1]!), vote(a, session.code, tokens[1]!, 1, firstChoices[0]!)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const revealed = await a.app.live.act(trainerId, session.id, { type: 'reveal' });
    const rows = await database.db.selectFrom('live_votes').select(['participant_id', 'choice_id']).where('session_id', '=', session.id).execute();
    const stored = Object.fromEntries(firstChoices.map((c) => [c, rows.filter((r) => r.choice_id === c).length]));
    expect(rows).toHaveLength(2);
    // Which of Kim's two arrives last is up to the network; memory and database agree either way.
    expect(revealed.ok && revealed.snapshot.tally).toEqual(stored);
  });

  it('runs an optional countdown that closes voting only when the trainer asked for it, and not on the next decision', async () => {
    const a = await start();
    const { trainerId, session } = await newSession(a);
    const token = await join(a, session.code, 'Kim');
    expect((await a.app.live.snapshot(session.id))!.countdown).toBeNull();
    // Shown only: after it has run out, voting is still open.
    const shown = await a.app.live.act(trainerId, session.id, { type: 'countdown', seconds: 1, autoClose: false });
    expect(shown.ok && shown.snapshot.countdown).toMatchObject({ seconds: 1, autoClose: false });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await a.app.live.snapshot(session.id))!.phase).toBe('voting');
    expect((await vote(a, session.code, token, 1, firstChoices[0]!)).status).toBe(200);
    // Closing: the votes are revealed when it runs out, and the next decision starts without one.
    await a.app.live.act(trainerId, session.id, { type: 'countdown', seconds: 1, autoClose: true });
    const deadline = Date.now() + 20_000;
    while ((await a.app.live.snapshot(session.id))!.phase === 'voting' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const closed = (await a.app.live.snapshot(session.id))!;
    expect(closed.phase).toBe('revealed');
    expect(closed.countdown).toBeNull();
    expect(closed.tally?.[firstChoices[0]!]).toBe(1);
    expect((await vote(a, session.code, token, 1, firstChoices[1]!)).status).toBe(409);
    const refused = await a.app.live.act(trainerId, session.id, { type: 'countdown', seconds: 30, autoClose: false });
    expect(!refused.ok && refused.code).toBe('live-decision-closed');
    const next = await a.app.live.act(trainerId, session.id, { type: 'follow-majority' });
    expect(next.ok && next.snapshot.phase).toBe('voting');
    expect(next.ok && next.snapshot.countdown).toBeNull();
    // A countdown's own reveal names its round: it leaves a decision opened since alone.
    const stale = await a.app.live.act(trainerId, session.id, { type: 'reveal', round: 1 });
    expect(!stale.ok && stale.code).toBe('live-decision-closed');
  });

  it('lets no one but the owning trainer act on a session', async () => {
    const a = await start();
    const { session } = await newSession(a);
    const stranger = await addTrainer(a);
    const refused = await a.app.live.act(stranger, session.id, { type: 'end' });
    expect(refused.ok ? 'acted' : refused.code).toBe('live-session-unknown');
    expect(await a.app.live.remove(stranger, session.id)).toBe(false);
    expect((await a.app.live.snapshot(session.id))!.phase).toBe('voting');
  });

  it.runIf(kind === 'postgres')('shares a session between two instances through LISTEN/NOTIFY', async () => {
    const a = await start();
    const b = await start();
    const { trainerId, session } = await newSession(a);
    // The projector listens on A, the phones talk to B.
    const projector = await openEventStream(`${a.url}/api/live/${session.code}/events?tallies=1`);
    await projector.waitFor((e) => e.event === 'state');
    const tokens = [await join(b, session.code, 'Kim'), await join(b, session.code, 'Ali')];
    await vote(b, session.code, tokens[0]!, 1, firstChoices[0]!);
    await vote(b, session.code, tokens[1]!, 1, firstChoices[0]!);
    await projector.waitFor((e) => {
      const s = JSON.parse(e.data) as LiveSnapshot;
      return s.voted === 2 && s.participants === 2;
    });
    const phone = await openEventStream(`${b.url}/api/live/${session.code}/events`);
    await phone.waitFor((e) => e.event === 'state');
    await a.app.live.act(trainerId, session.id, { type: 'reveal' });
    await a.app.live.act(trainerId, session.id, { type: 'follow-majority' });
    const moved = await phone.waitFor((e) => (JSON.parse(e.data) as LiveSnapshot).round === 2);
    expect((JSON.parse(moved.data) as LiveSnapshot).path).toEqual([firstChoices[0]]);
    expect((await vote(b, session.code, tokens[0]!, 1, firstChoices[1]!)).status).toBe(409);
    projector.close();
    phone.close();
  });
});
