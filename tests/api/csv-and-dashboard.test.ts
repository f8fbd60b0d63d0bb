/**
 * What a trainer gets out of the BUILT server, on SQLite and PostgreSQL: the class dashboard
 * (learners × assignments with best scores, class averages, decision counts over each learner's
 * first run) and the CSV export (German: BOM, `;`, CRLF; English: `,`, no BOM; formula cells
 * defused), compared with the engine's own replay and scoring of the paths that were sent. Then
 * deleting: a learner (by the trainer, or by themselves) and a whole class leave no rows behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../src/engine/index.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { api, createTrainer, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { assignScenarios, createClass, expectedScore, joinClass, loadSiteScenario, randomPath, rng, runBody, type ClassInfo, type Learner } from '../support/api-fixtures.ts';

const PAKET = 'paket-verspaetet';
const SCHULFEST = 'schulfest-abgesagt';

const HEADER_DE = ['Pseudonym', 'Modul', 'Szenario', 'Modus', 'Runde Nr.', 'Erste/Beste', 'Ende', 'Gesamt', 'Empathie', 'Sachlichkeit', 'Lösungsorientierung', 'Deeskalation', 'Haltung & Grenzen', 'Beendet am', 'Gewählte Antworten', 'Eigene Antworten (gesammelt)'];
const HEADER_EN = ['Pseudonym', 'Module', 'Scenario', 'Mode', 'Attempt', 'First/best', 'Ending', 'Overall', 'Empathy', 'Clarity', 'Solution focus', 'De-escalation', 'Integrity & limits', 'Finished at', 'Choices made', 'Written replies (collected)'];

/** A moment as the wall clock in `timeZone` shows it, "YYYY-MM-DD HH:mm:ss" (Swedish dates are ISO-like). */
function wallClock(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString('sv-SE', { timeZone });
}
/** What German Excel reads as a date and time: "DD.MM.YYYY HH:mm:ss". */
function germanExcel(iso: string, timeZone = 'Europe/Berlin'): string {
  const [date, time] = wallClock(iso, timeZone).split(' ');
  const [y, m, d] = date!.split('-');
  return `${d}.${m}.${y} ${time}`;
}
const OUTCOME_DE: Record<string, string> = { shitstorm: 'Shitstorm', smouldering: 'Es schwelt weiter', calmed: 'Beruhigt', candystorm: 'Candystorm' };
const OUTCOME_EN: Record<string, string> = { shitstorm: 'Shitstorm', smouldering: 'Still smouldering', calmed: 'Calmed down', candystorm: 'Candystorm' };

/** A tiny RFC 4180 parser: quoted fields with "" escapes, separators and line breaks inside quotes. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === separator) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`a bare ${c === '\n' ? 'LF' : 'CR'} at ${i}: records must end in CRLF`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('an unterminated quoted field');
  if (field !== '' || row.length) throw new Error('the last record does not end in CRLF');
  return rows;
}

/** `n` complete paths of a scenario whose overall scores all differ (so "best" is unambiguous). */
function distinctPaths(scenarioId: string, n: number, seed: number): string[][] {
  const random = rng(seed);
  const byOverall = new Map<number, string[]>();
  for (let i = 0; i < 2000 && byOverall.size < n; i++) {
    const path = randomPath(random, scenarioId);
    byOverall.set(expectedScore(path, scenarioId).overall, path);
  }
  if (byOverall.size < n) throw new Error(`fewer than ${n} different scores in ${scenarioId}`);
  return [...byOverall.values()].slice(0, n);
}

interface Sent {
  learner: Learner;
  id: string;
  scenarioId: string;
  path: string[];
  finishedAt: string;
}

/**
 * Finish times a few seconds apart, just after the file started: the server refuses times in the
 * future, before the learner joined (beyond 5 minutes of clock skew) and older than 30 days.
 */
const START = Date.now();
const minute = (m: number) => new Date(START + m * 1000).toISOString();

/** The dashboard the server should show for these runs, worked out from the engine alone. */
function expectedDashboard(learners: Learner[], sent: Sent[]) {
  const byTime = [...sent].sort((x, y) => x.finishedAt.localeCompare(y.finishedAt));
  const score = (s: Sent) => expectedScore(s.path, s.scenarioId);
  // Assigning module 4 assigned each of its scenarios: one column per scenario. Practice: the first
  // run is the one finished first, the counted score is the best.
  const learnerRows = learners.map((l) => ({
    id: l.id,
    pseudonym: l.pseudonym,
    assignments: [PAKET, SCHULFEST].map((scenarioId) => {
      const mine = byTime.filter((s) => s.learner.id === l.id && s.scenarioId === scenarioId);
      const best = mine.length ? Math.max(...mine.map((s) => score(s).overall)) : null;
      // No device reported progress in this test: nobody is "playing".
      return { scenarioId, runs: mine.length, done: mine.length > 0, first: mine.length ? score(mine[0]!).overall : null, best, counted: best, playing: null };
    }),
  }));
  // Best run per learner and scenario (overall scores differ by construction), then the mean per dimension.
  const best = new Map<string, Sent>();
  for (const s of sent) {
    const key = `${s.learner.id}|${s.scenarioId}`;
    if (!best.has(key) || score(best.get(key)!).overall < score(s).overall) best.set(key, s);
  }
  const averages = Object.fromEntries(
    DIMENSIONS.map((d) => [d, best.size ? Math.round([...best.values()].reduce((sum, s) => sum + score(s).scores[d]!, 0) / best.size) : null]),
  );
  // Decisions: each learner's first run (by finishedAt) per scenario.
  const decisions = [PAKET, SCHULFEST].map((scenarioId) => {
    const first = new Map<string, Sent>();
    for (const s of byTime) if (s.scenarioId === scenarioId && !first.has(s.learner.id)) first.set(s.learner.id, s);
    const counts = new Map<string, Map<string, number>>();
    for (const s of first.values()) {
      for (const step of score(s).steps) {
        const node = counts.get(step.nodeId) ?? new Map<string, number>();
        node.set(step.choiceId, (node.get(step.choiceId) ?? 0) + 1);
        counts.set(step.nodeId, node);
      }
    }
    return { scenarioId, runs: first.size, counts };
  });
  return { learnerRows, averages, decisions };
}

describe.each(DATABASE_KINDS)('dashboard and CSV on %s', (kind) => {
  let server: ApiServer;
  let cookie: string;
  let cls: ClassInfo;
  let neighbour: ClassInfo;
  let neighbourLearner: Learner;
  let neighbourRun: string;
  const learners: Learner[] = [];
  const sent: Sent[] = [];
  let byName: Record<'anna' | 'mia' | 'gustav' | 'otto' | 'zoe', Learner>;

  const url = () => server.url;
  async function send(learner: Learner, scenarioId: string, path: string[], finishedAt: string): Promise<void> {
    const body = runBody({ scenarioId, path, finishedAt });
    const res = await api(url(), '/api/runs', { bearer: learner.token, json: body });
    expect(res.status, res.text).toBe(201);
    sent.push({ learner, id: body.id, scenarioId, path, finishedAt: new Date(finishedAt).toISOString() });
  }
  const dashboard = async () => {
    const res = await api(url(), `/api/classes/${cls.id}`, { cookie });
    expect(res.status).toBe(200);
    return res.json;
  };
  /** The CSV as bytes (fetch's text() would swallow the byte-order mark). */
  const csv = async (query = '') => {
    const res = await fetch(`${url()}/api/classes/${cls.id}/export.csv${query}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    return { bytes: new Uint8Array(await res.arrayBuffer()), headers: res.headers };
  };
  const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  async function withDatabase<T>(fn: (db: Awaited<ReturnType<ApiServer['openDatabase']>>['db']) => Promise<T>): Promise<T> {
    const open = await server.openDatabase();
    try {
      return await fn(open.db);
    } finally {
      await open.close();
    }
  }

  beforeAll(async () => {
    server = await startApiServer(kind);
    await createTrainer(server.env, 'export@example.org', 'export-password-1');
    cookie = await signIn(url(), 'export@example.org', 'export-password-1');
    cls = await createClass(url(), cookie, 'Klasse 7b; "Medien"');
    await assignScenarios(url(), cookie, cls.id, [PAKET, SCHULFEST]);
    for (const name of ['Amsel Anna', '-Minus Mia', 'Gleich Gustav', 'Otto Ohnelauf', "Zaunkoenig O'Zoe"]) learners.push(await joinClass(url(), cls.joinCode, name));
    const [anna, mia, gustav, otto, zoe] = learners as [Learner, Learner, Learner, Learner, Learner];
    byName = { anna, mia, gustav, otto, zoe };
    // The join form allows no "=", but names may come from elsewhere (older data, an import): the
    // CSV must defuse them anyway. This one also holds the German separator.
    await withDatabase((db) => db.updateTable('learners').set({ pseudonym: '=SUMME(1;2)' }).where('id', '=', gustav.id).execute());
    gustav.pseudonym = '=SUMME(1;2)';

    const p = distinctPaths(PAKET, 5, 11);
    const s = distinctPaths(SCHULFEST, 2, 12);
    // Anna's first run (by finishedAt) arrives second.
    await send(anna, PAKET, p[0]!, minute(3));
    await send(anna, PAKET, p[1]!, minute(1));
    await send(anna, SCHULFEST, s[0]!, minute(5));
    await send(mia, PAKET, p[2]!, minute(2));
    await send(gustav, PAKET, p[3]!, minute(4));
    await send(gustav, SCHULFEST, s[1]!, minute(6));
    await send(zoe, PAKET, p[4]!, minute(7));
    // A resend changes nothing.
    const again = await api(url(), '/api/runs', { bearer: anna.token, json: { id: sent[0]!.id, scenarioId: PAKET, scenarioVersion: loadSiteScenario(PAKET).scenario.version, path: p[0], finishedAt: minute(3) } });
    expect(again.status).toBe(200);

    // Another class of the same trainer, which no deletion below may touch.
    neighbour = await createClass(url(), cookie, 'Nachbarklasse');
    await assignScenarios(url(), cookie, neighbour.id, [PAKET, SCHULFEST]);
    neighbourLearner = await joinClass(url(), neighbour.joinCode, 'Nachbar Nora');
    const body = runBody();
    expect((await api(url(), '/api/runs', { bearer: neighbourLearner.token, json: body })).status).toBe(201);
    neighbourRun = body.id;
  }, 150_000);

  afterAll(async () => {
    await server?.dispose();
  });

  function checkDashboard(d: any, present: Learner[]) {
    const live = sent.filter((s) => present.includes(s.learner));
    const expected = expectedDashboard(present, live);
    expect(d.class).toEqual({ id: cls.id, name: cls.name, joinCode: cls.joinCode, archived: false });
    expect(d.assignments).toHaveLength(2);
    for (const a of d.assignments) expect(a).toMatchObject({ module: 4, mode: 'practice', dueDate: null, released: true });
    expect(d.assignments.map((x: { scenarioId: string }) => x.scenarioId)).toEqual([PAKET, SCHULFEST]);
    expect(d.assignments[0].title).toEqual(loadSiteScenario(PAKET).scenario.title);
    const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
    // Assignment ids are the server's: compared apart, as belonging to the right column.
    for (const l of d.learners) for (const [i, a] of l.assignments.entries()) expect(a.assignmentId).toBe(d.assignments[i].id);
    const withoutIds = (rows: any[]) => rows.map((l) => ({ ...l, assignments: l.assignments.map(({ assignmentId: _, ...rest }: any) => rest) }));
    expect(sortById(withoutIds(d.learners))).toEqual(sortById(expected.learnerRows));
    expect(d.averages).toEqual(expected.averages);
    expect(d.decisions.map((x: { scenarioId: string }) => x.scenarioId)).toEqual([PAKET, SCHULFEST]);
    for (const want of expected.decisions) {
      const got = d.decisions.find((x: { scenarioId: string }) => x.scenarioId === want.scenarioId);
      expect(got.runs, `first runs of ${want.scenarioId}`).toBe(want.runs);
      const { scenario } = loadSiteScenario(want.scenarioId);
      expect(got.title).toEqual(scenario.title);
      expect(got.nodes.map((n: { nodeId: string }) => n.nodeId).sort()).toEqual([...want.counts.keys()].sort());
      for (const node of got.nodes as { nodeId: string; total: number; choices: { choiceId: string; count: number }[] }[]) {
        const counts = want.counts.get(node.nodeId)!;
        const decision = scenario.nodes[node.nodeId]!;
        expect(decision.type).toBe('decision');
        // Every choice of the decision is listed, in the scenario's order, chosen or not.
        expect(node.choices.map((c) => c.choiceId)).toEqual(decision.type === 'decision' ? decision.choices.map((c) => c.id) : []);
        for (const c of node.choices) expect(c.count, `${node.nodeId}/${c.choiceId}`).toBe(counts.get(c.choiceId) ?? 0);
        expect(node.total).toBe([...counts.values()].reduce((x, y) => x + y, 0));
      }
    }
  }

  /** The CSV rows the server should write for the runs of `present` learners, oldest first. */
  function expectedRows(present: Learner[], locale: 'de' | 'en', timeZone = 'Europe/Berlin'): string[][] {
    const outcome = locale === 'de' ? OUTCOME_DE : OUTCOME_EN;
    const mine = sent.filter((s) => present.includes(s.learner)).sort((x, y) => x.finishedAt.localeCompare(y.finishedAt));
    return mine.map((s) => {
      const score = expectedScore(s.path, s.scenarioId);
      const name = /^[=+\-@\t\r]/.test(s.learner.pseudonym) ? `'${s.learner.pseudonym}` : s.learner.pseudonym;
      // Practice: attempts in the order they were finished; the best has the highest overall score.
      const same = mine.filter((x) => x.learner === s.learner && x.scenarioId === s.scenarioId);
      const attempt = same.indexOf(s) + 1;
      const best = Math.max(...same.map((x) => expectedScore(x.path, x.scenarioId).overall)) === score.overall;
      const counts = [attempt === 1 ? (locale === 'de' ? 'erste' : 'first') : '', best ? (locale === 'de' ? 'beste' : 'best') : ''].filter(Boolean).join(', ');
      const finished = locale === 'de' ? germanExcel(s.finishedAt, timeZone) : wallClock(s.finishedAt, timeZone);
      return [
        name,
        '4',
        s.scenarioId,
        locale === 'de' ? 'Übung' : 'practice',
        String(attempt),
        counts,
        outcome[score.outcome]!,
        String(score.overall),
        ...DIMENSIONS.map((d) => String(score.scores[d])),
        finished,
        s.path.join(' > '),
        '',
      ];
    });
  }

  it('the dashboard shows learners × assignments with the engine\'s best scores, averages and first-run decisions', async () => {
    const d = await dashboard();
    checkDashboard(d, learners);
    // Spot checks that do not go through the helper: Otto has not played, Anna's best is her better run.
    const otto = d.learners.find((l: { id: string }) => l.id === byName.otto.id);
    expect(otto.assignments.map(({ assignmentId: _, ...rest }: any) => rest)).toEqual([
      { scenarioId: PAKET, done: false, first: null, best: null, counted: null, runs: 0, playing: null },
      { scenarioId: SCHULFEST, done: false, first: null, best: null, counted: null, runs: 0, playing: null },
    ]);
    const anna = d.learners.find((l: { id: string }) => l.id === byName.anna.id);
    expect(anna.assignments.map((a: { done: boolean }) => a.done)).toEqual([true, true]);
    // Mia played one of the two scenarios of module 4: that one is done, the other open.
    expect(d.learners.find((l: { id: string }) => l.id === byName.mia.id).assignments.map((a: { done: boolean; runs: number }) => [a.done, a.runs])).toEqual([
      [true, 1],
      [false, 0],
    ]);
    const annasPaket = sent.filter((s) => s.learner === byName.anna && s.scenarioId === PAKET);
    expect(anna.assignments[0].best).toBe(Math.max(...annasPaket.map((s) => expectedScore(s.path, s.scenarioId).overall)));
    // Her first is the run finished first (minute 1), although it arrived second.
    expect(anna.assignments[0].first).toBe(expectedScore(annasPaket.find((s) => s.finishedAt === minute(1))!.path, PAKET).overall);
    expect(anna.assignments[0].runs).toBe(2);
    // The decision counts of paket-verspaetet cover four first runs (Anna's earlier one, not her later).
    expect(d.decisions[0].runs).toBe(4);
    const start = d.decisions[0].nodes.find((n: { nodeId: string }) => n.nodeId === 'start');
    expect(start.total).toBe(4);
    const annasFirst = sent.find((s) => s.learner === byName.anna && s.finishedAt === minute(1))!;
    expect(start.choices.find((c: { choiceId: string }) => c.choiceId === annasFirst.path[0]).count).toBeGreaterThanOrEqual(1);
  });

  it('the learner detail lists the runs as re-scored by the server', async () => {
    const res = await api(url(), `/api/classes/${cls.id}/learners/${byName.anna.id}`, { cookie });
    expect(res.status).toBe(200);
    const mine = sent.filter((s) => s.learner === byName.anna);
    expect(res.json.runs).toHaveLength(mine.length);
    for (const run of res.json.runs) {
      const s = mine.find((m) => m.id === run.id)!;
      const score = expectedScore(s.path, s.scenarioId);
      expect(run).not.toHaveProperty('order_seed');
      expect(run).toMatchObject({ scenario_id: s.scenarioId, scenario_version: loadSiteScenario(s.scenarioId).scenario.version, module: 4, path: s.path, ending_id: score.endingId, outcome: score.outcome, scores: score.scores, overall: score.overall, finished_at: s.finishedAt });
    }
    // Oldest first.
    expect(res.json.runs.map((r: { finished_at: string }) => r.finished_at)).toEqual([...mine.map((m) => m.finishedAt)].sort());
  });

  it('the German CSV: BOM, ";" and CRLF, German header, one row per run, formulas defused', async () => {
    const { bytes, headers } = await csv();
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe(`attachment; filename="${encodeURIComponent('Klasse-7b-Medien.csv')}"`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes);
    expect(text.startsWith('\uFEFFPseudonym;Modul;Szenario;Modus;Runde Nr.;Erste/Beste;Ende;Gesamt;Empathie;')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows[0]).toEqual(HEADER_DE);
    expect(rows.slice(1)).toEqual(expectedRows(learners, 'de'));
    // The formula-like names, as written: quoted where they hold the separator, always with the apostrophe.
    expect(text).toContain(`\r\n"'=SUMME(1;2)";4;`);
    expect(text).toContain(`\r\n'-Minus Mia;4;`);
    expect(text).toContain(`\r\nZaunkoenig O'Zoe;4;`);
    // No cell of the file starts with a character a spreadsheet would evaluate.
    for (const row of rows) for (const cell of row) expect(cell, 'a cell that a spreadsheet would run').not.toMatch(/^[=+\-@\t\r]/);
  });

  it('the English CSV: no BOM, ",", English header; unknown locales fall back to German', async () => {
    const { bytes } = await csv('?locale=en');
    expect(bytes[0]).not.toBe(0xef);
    const text = decode(bytes);
    expect(text.startsWith('Pseudonym,Module,Scenario,Mode,Attempt,First/best,Ending,Overall,')).toBe(true);
    const rows = parseCsv(text, ',');
    expect(rows[0]).toEqual(HEADER_EN);
    expect(rows.slice(1)).toEqual(expectedRows(learners, 'en'));
    // "=SUMME(1;2)" holds no comma: defused, not quoted.
    expect(text).toContain(`\r\n'=SUMME(1;2),4,`);
    // Another time zone on request: the same moments on another wall clock; an unknown zone is Berlin.
    const newYork = parseCsv(decode((await csv('?locale=en&tz=America/New_York')).bytes), ',');
    expect(newYork.slice(1)).toEqual(expectedRows(learners, 'en', 'America/New_York'));
    expect(decode((await csv('?locale=en&tz=Mars/Olympus')).bytes)).toBe(text);
    const fallback = await csv('?locale=fr');
    expect(decode(fallback.bytes)).toBe(decode((await csv('?locale=de')).bytes));
    expect(fallback.bytes[0]).toBe(0xef);
  });

  it('a learner deleted by the trainer disappears from dashboard, CSV and database', async () => {
    const mia = byName.mia;
    const res = await api(url(), `/api/classes/${cls.id}/learners/${mia.id}`, { method: 'DELETE', cookie });
    expect(res.status).toBe(204);
    const present = learners.filter((l) => l !== mia);
    checkDashboard(await dashboard(), present);
    const text = decode((await csv()).bytes);
    expect(text).not.toContain('Minus Mia');
    expect(parseCsv(text.slice(1), ';').slice(1)).toEqual(expectedRows(present, 'de'));
    await withDatabase(async (db) => {
      expect(await db.selectFrom('learners').select('id').where('id', '=', mia.id).execute()).toEqual([]);
      expect(await db.selectFrom('runs').select('id').where('learner_id', '=', mia.id).execute()).toEqual([]);
    });
    expect((await api(url(), '/api/learner', { bearer: mia.token })).status).toBe(401);
  });

  it('a learner who deletes themselves (DELETE /api/learner) leaves no rows', async () => {
    const zoe = byName.zoe;
    const ids = sent.filter((s) => s.learner === zoe).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    expect((await api(url(), '/api/learner', { method: 'DELETE', bearer: zoe.token })).status).toBe(204);
    const present = learners.filter((l) => l !== byName.mia && l !== zoe);
    checkDashboard(await dashboard(), present);
    expect(parseCsv(decode((await csv()).bytes).slice(1), ';').slice(1)).toEqual(expectedRows(present, 'de'));
    await withDatabase(async (db) => {
      expect(await db.selectFrom('learners').select('id').where('id', '=', zoe.id).execute()).toEqual([]);
      expect(await db.selectFrom('runs').select('id').where('id', 'in', ids).execute()).toEqual([]);
    });
  });

  it('deleting the class removes everything of it, makes its code unusable, and leaves the rest', async () => {
    const present = learners.filter((l) => l !== byName.mia && l !== byName.zoe);
    const runIds = sent.filter((s) => present.includes(s.learner)).map((s) => s.id);
    expect((await api(url(), `/api/classes/${cls.id}`, { method: 'DELETE', cookie })).status).toBe(204);

    expect((await api(url(), `/api/classes/${cls.id}`, { cookie })).status).toBe(404);
    expect((await api(url(), `/api/classes/${cls.id}/export.csv`, { cookie })).status).toBe(404);
    const join = await api(url(), '/api/join', { json: { code: cls.joinCode, pseudonym: 'Spaet Kommer' }, from: '127.0.0.80' });
    expect(join.status).toBe(404);
    for (const l of present) {
      expect((await api(url(), '/api/learner', { bearer: l.token })).status).toBe(401);
      expect((await api(url(), '/api/runs', { bearer: l.token, json: runBody() })).status).toBe(401);
    }
    await withDatabase(async (db) => {
      expect(await db.selectFrom('classes').select('id').where('id', '=', cls.id).execute()).toEqual([]);
      expect(await db.selectFrom('classes').select('id').where('join_code', '=', cls.joinCode).execute()).toEqual([]);
      expect(await db.selectFrom('assignments').select('id').where('class_id', '=', cls.id).execute()).toEqual([]);
      expect(await db.selectFrom('learners').select('id').where('class_id', '=', cls.id).execute()).toEqual([]);
      expect(await db.selectFrom('learners').select('id').where('id', 'in', learners.map((l) => l.id)).execute()).toEqual([]);
      expect(await db.selectFrom('runs').select('id').where('id', 'in', runIds).execute()).toEqual([]);
      expect(await db.selectFrom('runs').select('id').where('learner_id', 'in', learners.map((l) => l.id)).execute()).toEqual([]);
      // What is left: the trainer, the neighbouring class with its learner and run, and nothing else.
      expect((await db.selectFrom('trainers').select('email').execute()).map((t) => t.email)).toEqual(['export@example.org']);
      expect((await db.selectFrom('classes').select('id').execute()).map((c) => c.id)).toEqual([neighbour.id]);
      expect((await db.selectFrom('learners').select('id').execute()).map((l) => l.id)).toEqual([neighbourLearner.id]);
      expect((await db.selectFrom('runs').select('id').execute()).map((r) => r.id)).toEqual([neighbourRun]);
      // Module 4 has two scenarios: one assignment row each, both the neighbour's.
      expect((await db.selectFrom('assignments').select('class_id').execute()).map((a) => a.class_id)).toEqual([neighbour.id, neighbour.id]);
    });
    const list = await api(url(), '/api/classes', { cookie });
    expect(list.json.classes.map((c: { id: string }) => c.id)).toEqual([neighbour.id]);
    expect((await api(url(), '/api/learner', { bearer: neighbourLearner.token })).status).toBe(200);
  });
});
