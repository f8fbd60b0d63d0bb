/**
 * Written replies through the BUILT server, on SQLite and PostgreSQL (issue 12, items 4, 7 and 8):
 * the "collect written replies" switch of an assignment reaches the learner's device, the server
 * re-scores written steps and stores their text only while the switch is on, trainers see collected
 * replies (as text, never as markup) on the learner page and in the CSV, and bad written steps get a
 * 4xx with a message, storing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSER_VERSION, analyseReply, featureIdsOf } from '../../src/analysis/index.ts';
import { choicesNow, choose, replay, type PathStep, type WrittenReply } from '../../src/engine/index.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { api, startApiServer, type ApiServer } from '../support/api-server.ts';
import { buildParty, expectedScore, loadSiteScenario, runBody, SCENARIO_ID, SCENARIO_MODULE, submitRun, type Party } from '../support/api-fixtures.ts';

const { scenario } = loadSiteScenario(SCENARIO_ID);
const TEXT = 'Dreimal umsonst gewartet, das ist wirklich ärgerlich. Schicken Sie mir Ihre Sendungsnummer per DM <script>alert(1)</script>';

function written(text: string): WrittenReply {
  return { features: featureIdsOf(analyseReply(text, 'de')), analyser: ANALYSER_VERSION, length: text.length, text, lang: 'de' };
}

/** `prefix`, completed to an ending by always taking the first choice on offer. */
function completed(prefix: PathStep[]): PathStep[] {
  const start = replay(scenario, prefix);
  if (!start.ok) throw new Error(start.error);
  let run = start.run;
  const rest: string[] = [];
  while (!run.ended) {
    const first = choicesNow(scenario, run)[0]!;
    const next = choose(scenario, run, first.id);
    if (!next.ok) throw new Error(next.error);
    run = next.run;
    rest.push(first.id);
  }
  return [...prefix, ...rest];
}

describe.each(DATABASE_KINDS)('written replies on %s', (kind) => {
  let server: ApiServer;
  let party: Party;

  const setCollect = async (on: boolean) => {
    const res = await api(server.url, `/api/classes/${party.class.id}/assignments`, { json: { module: SCENARIO_MODULE, mode: 'practice', collectReplies: on }, cookie: party.cookie });
    expect(res.status, res.text).toBe(201);
  };
  const storedPath = async (id: string): Promise<PathStep[]> => {
    const open = await server.openDatabase();
    try {
      const row = await open.db.selectFrom('runs').select('path').where('id', '=', id).executeTakeFirstOrThrow();
      return JSON.parse(row.path) as PathStep[];
    } finally {
      await open.close();
    }
  };

  beforeAll(async () => {
    server = await startApiServer(kind);
    party = await buildParty(server, { email: 'linde@example.org', className: 'Klasse Linde', pseudonym: 'Lerche Lea' });
  }, 150_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('is off by default, and the learner\'s device learns when the trainer switches it on', async () => {
    const before = await api(server.url, '/api/learner', { bearer: party.learner.token });
    const ofScenario = (json: { assignments: { scenarioId: string }[] }) => json.assignments.find((a) => a.scenarioId === SCENARIO_ID);
    expect(ofScenario(before.json)).toMatchObject({ collectReplies: false });
    await setCollect(true);
    const after = await api(server.url, '/api/learner', { bearer: party.learner.token });
    expect(ofScenario(after.json)).toMatchObject({ module: SCENARIO_MODULE, collectReplies: true });
  });

  it('stores a collected reply, shows it as text on the learner page and in the CSV', async () => {
    await setCollect(true);
    const path = completed([{ write: written(TEXT) }]);
    const body = runBody({ path });
    const res = await submitRun(server.url, party.learner.token, body);
    expect(res.status, res.text).toBe(201);
    expect(res.json.overall).toBe(expectedScore(path).overall);
    expect((await storedPath(body.id))[0]).toEqual({ write: written(TEXT) });

    const page = await api(server.url, `/trainer/klasse/${party.class.id}/lernende/${party.learner.id}/`, { cookie: party.cookie });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Dreimal umsonst gewartet');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).not.toContain('<script>alert(1)</script>');

    const csv = await api(server.url, `/api/classes/${party.class.id}/export.csv?locale=en`, { cookie: party.cookie });
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toMatch(/,Written replies \(collected\)$/);
    expect(csv.text).toContain('Dreimal umsonst gewartet');
  });

  it('drops the text when the switch is off, keeping features and scores', async () => {
    await setCollect(false);
    const path = completed([{ write: written(TEXT) }]);
    const body = runBody({ path });
    const res = await submitRun(server.url, party.learner.token, body);
    expect(res.status, res.text).toBe(201);
    const { text: _t, lang: _l, ...rest } = written(TEXT);
    expect((await storedPath(body.id))[0]).toEqual({ write: rest });
    expect(JSON.stringify(await storedPath(body.id))).not.toContain('Dreimal');
  });

  it('re-scores from its own analysis: a rude text sent with flattering features scores as rude', async () => {
    const rude = 'Ihr seid doch selber schuld, wenn ihr nie zuhause seid.';
    const honest = completed([{ write: written(rude) }]);
    const lie: PathStep[] = [{ write: { ...written(rude), features: ['acknowledge', 'next-step'] } }, ...honest.slice(1)];
    const res = await submitRun(server.url, party.learner.token, runBody({ path: lie }));
    expect(res.status, res.text).toBe(201);
    expect(res.json.overall).toBe(expectedScore(honest).overall);
  });

  const bad: { what: string; write: unknown; at?: 'troll'; status: number; mentions: RegExp }[] = [
    { what: 'unknown features', write: { features: ['empathy'], analyser: ANALYSER_VERSION, length: 5 }, status: 400, mentions: /"empathy" is no feature of the reply analyser/ },
    { what: 'too many features', write: { features: Array(20).fill('insult'), analyser: ANALYSER_VERSION, length: 5 }, status: 400, mentions: /features/ },
    { what: 'a length over maxLength', write: { features: [], analyser: ANALYSER_VERSION, length: 900 }, status: 422, mentions: /900 characters.*at most 500/ },
    { what: 'a text over maxLength', write: { features: [], analyser: ANALYSER_VERSION, length: 600, text: 'x'.repeat(600) }, status: 422, mentions: /600 characters.*at most 500/ },
    { what: 'a text over the largest limit', write: { features: [], analyser: ANALYSER_VERSION, length: 5000, text: 'x'.repeat(5000) }, status: 400, mentions: /path\.0\.write\.(length|text)/ },
    { what: 'a wrong analyser version format', write: { features: [], analyser: '<b>1</b>', length: 5 }, status: 400, mentions: /analyser version looks like 1\.2\.3/ },
    { what: 'a write step at a node without write', write: { features: [], analyser: ANALYSER_VERSION, length: 5 }, at: 'troll', status: 422, mentions: /no written reply/ },
  ];

  it.each(bad)('answers $what with $status and a message, storing nothing', async ({ write, at, status, mentions }) => {
    const path = at ? ['verstaendnis-dm', { write }] : [{ write }];
    const body = runBody({ path: path as PathStep[] });
    const res = await submitRun(server.url, party.learner.token, body);
    expect(res.status, res.text).toBe(status);
    expect(res.json.error).toMatch(mentions);
    const open = await server.openDatabase();
    try {
      expect(await open.db.selectFrom('runs').select('id').where('id', '=', body.id).execute()).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
