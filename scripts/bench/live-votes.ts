/**
 * Live mode under load: N simulated phones against the built server (SQLite in one process, or
 * PostgreSQL with two instances), each
 * holding an event stream and voting once per decision; a projector's stream is watched. Measured
 * per vote: from sending its POST until the projector's stream carries a count of votes that
 * includes it (the first snapshot whose count reaches the number of votes acknowledged by the
 * moment this one was); p50/p95/p99, plus the server's memory and CPU. Afterwards the database must
 * hold exactly one vote per phone per decision, the acknowledged one.
 *
 *   node scripts/bench/live-votes.ts [30 200 2000] [--sqlite|--postgres] [--cpu-prof=DIR]
 *                                     (the build must exist: npm run build)
 *
 * With PostgreSQL (a throwaway cluster, tests/support/throwaway-postgres.ts) two instances run on
 * one database: the projector watches the first, the phones join, listen and vote on the second.
 */
import { DatabaseSync } from 'node:sqlite';
import { Agent, request, type IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../tests/support/throwaway-postgres.ts';
import { cpuSecondsOf, startServer, TRAINER_EMAIL, TRAINER_PASSWORD, type BenchServer } from './bench-server.ts';

export interface LiveVotesResult {
  /** sqlite: one process; postgres: two instances on one database, projector on the first, phones on the second. */
  database: 'sqlite' | 'postgres';
  phones: number;
  decisions: number;
  /** Over how long each decision's votes were spread (a room does not tap in the same millisecond). */
  spreadMs: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Votes sent a second time after a connection error (counted once in `sent`). */
  retried: number;
  /** From sending a vote until its answer (acknowledged after the commit). */
  ackMs: { p50: number; p95: number };
  /** CPU used by this process (the simulated phones), which shares the machine with the server. */
  clientCpuSeconds: number;
  /** exact: the database holds every acknowledged vote once, and nothing else. */
  votes: { sent: number; acknowledged: number; refused: number; refusedByStatus: Record<string, number>; inDatabase: number; exact: boolean };
  /** The machine's 1-minute load average at the end: on a shared machine, how much else ran. */
  loadAverage: number;
  /** Event streams open at the end (phones and projector). */
  streams: number;
  /** Summed over the instances (PostgreSQL's own processes not included). */
  server: { rssMb: number; cpuSeconds: number; wallSeconds: number };
}

const SCENARIO = 'paket-verspaetet';

function rssMbOf(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

interface Snapshot {
  round: number;
  voted: number;
  phase: string;
}

/** Opens an event stream and calls `onState` with every snapshot (parsed) and its arrival time. */
function openStream(origin: string, code: string, onState?: (s: Snapshot, at: number) => void): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    // The projector (the one that parses) asks for tallies as votes arrive; phones do not.
    const req = request(`${origin}/api/live/${code}/events${onState ? '?tallies=1' : ''}`, { agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
      // A phone's stream is only held and drained: parsing 2,000 of them would measure this process.
      if (!onState) {
        res.resume();
        return resolve(res);
      }
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data && block.includes('event: state')) onState(JSON.parse(data.slice(6)) as Snapshot, performance.now());
        }
      });
      resolve(res);
    });
    req.on('error', reject);
    req.end();
  });
}

async function json(origin: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}, agent?: Agent) {
  return new Promise<{ status: number; data: Record<string, unknown>; headers: IncomingMessage['headers'] }>((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(`${origin}${path}`, { method, agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), origin, ...headers } }, (res) => {
      let out = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (out += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, data: out ? (JSON.parse(out) as Record<string, unknown>) : {}, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

/**
 * A phone's vote: only the answer's status is read (its body is drained unparsed), and the request
 * is built from a ready host and port, not a URL parsed again each time. The 2,000 phones share
 * the machine's two cores with the server; what they spend is taken from the server's share.
 */
function postVote(target: { hostname: string; port: number; origin: string }, path: string, body: string, token: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ hostname: target.hostname, port: target.port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), origin: target.origin, authorization: `Bearer ${token}` } }, (res) => {
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.resume();
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** One measurement with `phones` phones over `decisions` decisions. */
export async function measureLiveVotes(options: { phones: number; decisions?: number; spreadMs?: number; cpuProfDir?: string | undefined; postgres?: boolean }): Promise<LiveVotesResult> {
  const phones = options.phones;
  const decisions = options.decisions ?? 3;
  const spreadMs = options.spreadMs ?? 1000;
  let postgres: ThrowawayPostgres | undefined;
  const servers: BenchServer[] = [];
  if (options.postgres) {
    // Two instances on one throwaway PostgreSQL: the projector on the first, the phones on the second,
    // so every tally the projector sees went through LISTEN/NOTIFY.
    postgres = await startThrowawayPostgres();
    const env = { DATABASE_URL: postgres.url };
    servers.push(await startServer({ cpuProfDir: options.cpuProfDir, env }));
    servers.push(await startServer({ cpuProfDir: options.cpuProfDir, env, addTrainer: false }));
  } else servers.push(await startServer({ cpuProfDir: options.cpuProfDir }));
  const server = servers[0]!;
  const origin = server.origin;
  const phoneOrigin = servers.at(-1)!.origin;
  const cpuOfServers = () => servers.reduce((sum, s) => sum + cpuSecondsOf(s.pid), 0);
  const rssOfServers = () => servers.reduce((sum, s) => sum + rssMbOf(s.pid), 0);
  // One connection per phone, as real phones have: a shared pool would queue votes in this process.
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const streams: IncomingMessage[] = [];
  try {
    const signIn = await json(origin, 'POST', '/api/auth/sign-in', { email: TRAINER_EMAIL, password: TRAINER_PASSWORD });
    const cookie = (signIn.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!).find((c) => c.startsWith('cs_session='))!;
    const created = await json(origin, 'POST', '/api/live', { scenarioId: SCENARIO }, { cookie });
    const { id, code } = created.data['session'] as { id: string; code: string };

    // The projector: every snapshot's count, with its arrival time.
    const seen: { round: number; voted: number; at: number }[] = [];
    let latest: Snapshot | undefined;
    const changed = new Set<() => void>();
    streams.push(await openStream(origin, code, (s, at) => {
      latest = s;
      seen.push({ round: s.round, voted: s.voted, at });
      for (const f of [...changed]) f();
    }));
    const until = (accept: (s: Snapshot) => boolean) =>
      new Promise<void>((done) => {
        if (latest && accept(latest)) return done();
        const check = () => {
          if (latest && accept(latest)) {
            changed.delete(check);
            done();
          }
        };
        changed.add(check);
      });

    const tokens: string[] = [];
    for (let i = 0; i < phones; i += 50) {
      const batch = Array.from({ length: Math.min(50, phones - i) }, (_, k) => i + k);
      const joined = await Promise.all(batch.map((n) => json(phoneOrigin, 'POST', `/api/live/${code}/join`, { pseudonym: `Phone ${n + 1}` }, {}, agent)));
      for (const j of joined) {
        if (j.status !== 201) throw new Error(`join answered ${j.status}: ${JSON.stringify(j.data)}`);
        tokens.push(j.data['token'] as string);
      }
    }
    for (let i = 0; i < phones; i += 100) {
      streams.push(...(await Promise.all(Array.from({ length: Math.min(100, phones - i) }, () => openStream(phoneOrigin, code)))));
    }
    await until((s) => s.voted === 0);
    const phoneUrl = new URL(phoneOrigin);
    const phoneTarget = { hostname: phoneUrl.hostname, port: Number(phoneUrl.port), origin: phoneOrigin };
    const votePath = `/api/live/${code}/votes`;

    const latencies: number[] = [];
    const ackLatencies: number[] = [];
    let retried = 0;
    /** Refused or failed votes by status (0: no answer). */
    const refusals = new Map<number, number>();
    const clientCpuBefore = process.cpuUsage();
    let sent = 0;
    let acknowledged = 0;
    let refused = 0;
    const cpuBefore = cpuOfServers();
    const started = performance.now();
    let rssPeak = rssOfServers();
    for (let d = 0; d < decisions; d++) {
      await until((s) => s.phase === 'voting');
      const round = latest!.round;
      const choices = (latest as Snapshot & { choices: string[] }).choices;
      let acknowledgedInRound = 0;
      const pending: { sentAt: number; rank: number }[] = [];
      await Promise.all(
        tokens.map(
          (token, i) =>
            new Promise<void>((done) => {
              setTimeout(() => {
                const sentAt = performance.now();
                sent++;
                const send = () => postVote(phoneTarget, votePath, JSON.stringify({ round, choiceId: choices[i % choices.length] }), token, agent);
                // A vote is idempotent, so a phone whose kept-alive connection the server had just
                // closed sends it once more, as the phone's page does after a failed send.
                void send()
                  .catch(() => {
                    retried++;
                    return send();
                  })
                  .then(
                  (status) => {
                    if (status === 200) {
                      acknowledged++;
                      ackLatencies.push(performance.now() - sentAt);
                      pending.push({ sentAt, rank: ++acknowledgedInRound });
                    } else {
                      refused++;
                      refusals.set(status, (refusals.get(status) ?? 0) + 1);
                    }
                    done();
                  },
                  () => {
                    refused++;
                    refusals.set(0, (refusals.get(0) ?? 0) + 1);
                    done();
                  },
                );
              }, (i / phones) * spreadMs);
            }),
        ),
      );
      await until((s) => s.round === round && s.voted >= acknowledgedInRound);
      rssPeak = Math.max(rssPeak, rssOfServers());
      const events = seen.filter((e) => e.round === round);
      for (const v of pending) {
        const shown = events.find((e) => e.voted >= v.rank && e.at >= v.sentAt);
        if (shown) latencies.push(shown.at - v.sentAt);
      }
      for (const type of ['reveal', 'follow-majority']) {
        // A refused action would leave the bench waiting for a decision that never opens.
        const done = await json(origin, 'POST', `/api/live/sessions/${id}`, { type }, { cookie });
        if (done.status !== 200) throw new Error(`${type} answered ${done.status}: ${JSON.stringify(done.data)}`);
      }
      await until((s) => s.round > round);
    }
    const wallSeconds = (performance.now() - started) / 1000;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const acks = ackLatencies.sort((a, b) => a - b);
    const cpuSeconds = cpuOfServers() - cpuBefore;

    let rows: { round: number; participant_id: string }[];
    if (postgres) {
      const client = new pg.Client({ connectionString: postgres.url });
      await client.connect();
      rows = (await client.query<{ round: number; participant_id: string }>('SELECT round, participant_id FROM live_votes')).rows;
      await client.end();
    } else {
      const db = new DatabaseSync(server.dbFile, { readOnly: true });
      rows = db.prepare('SELECT round, participant_id FROM live_votes').all() as { round: number; participant_id: string }[];
      db.close();
    }
    const distinct = new Set(rows.map((r) => `${r.round}|${r.participant_id}`)).size;
    const sorted = latencies.sort((a, b) => a - b);
    const ms = (n: number) => Math.round(n);
    return {
      database: postgres ? 'postgres' : 'sqlite',
      phones,
      decisions,
      spreadMs,
      retried,
      ackMs: { p50: ms(percentile(acks, 50)), p95: ms(percentile(acks, 95)) },
      clientCpuSeconds: Math.round((clientCpu.user + clientCpu.system) / 1e4) / 100,
      latencyMs: { p50: ms(percentile(sorted, 50)), p95: ms(percentile(sorted, 95)), p99: ms(percentile(sorted, 99)), max: ms(sorted.at(-1) ?? 0) },
      votes: { sent, acknowledged, refused, refusedByStatus: Object.fromEntries(refusals), inDatabase: rows.length, exact: rows.length === acknowledged && distinct === rows.length },
      streams: streams.length,
      loadAverage: Math.round(loadavg()[0]! * 10) / 10,
      server: { rssMb: rssPeak, cpuSeconds: Math.round(cpuSeconds * 100) / 100, wallSeconds: Math.round(wallSeconds * 10) / 10 },
    };
  } finally {
    for (const s of streams) s.destroy();
    agent.destroy();
    for (const s of servers) await s.stop();
    await postgres?.stop();
  }
}

/** One line per measurement for the bench's table. */
export function describeLiveVotes(r: LiveVotesResult): string {
  const l = r.latencyMs;
  const v = r.votes;
  return (
    `  ${r.database === 'postgres' ? 'PostgreSQL, 2 instances' : 'SQLite, 1 process'}: ${String(r.phones).padStart(5)} phones  p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms, max ${l.max} ms` +
    `${r.phones >= 2000 ? ` (target p95 ≤ 250: ${l.p95 <= 250 ? 'met' : 'MISSED'})` : ''}; votes ${v.acknowledged}/${v.sent} acknowledged${v.refused ? ` (refused: ${JSON.stringify(v.refusedByStatus)})` : ''}${r.retried ? `, ${r.retried} resent after a connection error` : ''}, ${v.inDatabase} stored: ${v.exact ? 'exact' : 'MISMATCH'}; ` +
    `acknowledged after p50 ${r.ackMs.p50} ms, p95 ${r.ackMs.p95} ms; server RSS ${r.server.rssMb} MB, CPU ${r.server.cpuSeconds} s in ${r.server.wallSeconds} s; phones' CPU ${r.clientCpuSeconds} s; ${r.streams} streams; machine load ${r.loadAverage}`
  );
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const counts = args.map(Number).filter((n) => n > 0);
  // --sqlite or --postgres measure one kind only; without either, both.
  const kinds = args.includes('--sqlite') ? [false] : args.includes('--postgres') ? [true] : [false, true];
  const profile = args.find((a) => a.startsWith('--cpu-prof='))?.slice('--cpu-prof='.length);
  console.log(`Live mode (built server; SQLite in one process, PostgreSQL with two instances (projector on one, phones on the other); ${SCENARIO}; votes spread over 1 s per decision; latency = vote POST → projector's count includes it):`);
  for (const postgres of kinds) for (const phones of counts.length ? counts : [30, 200, 2000]) console.log(describeLiveVotes(await measureLiveVotes({ phones, postgres, cpuProfDir: profile })));
}
