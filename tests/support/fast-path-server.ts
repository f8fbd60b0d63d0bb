/**
 * The server's fast path for POST /api/runs (src/server/http/runs-endpoint.ts) alone, in this test
 * process, on the database of a running API server, built by the same composition root
 * (src/server/app.ts) as scripts/serve.ts. Every other request, and any run the fast path declines,
 * is answered 599, so a test sees at once when something did not come from the fast path.
 * The scenarios come from content/scenarios through the real checker, as the build reads them.
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.ts';
import { readCappedBody } from '../../src/server/http/request-guards.ts';
import { runsEndpoint } from '../../src/server/http/runs-endpoint.ts';
import { scenarioSource } from '../../src/server/services/scenario-source.ts';
import { loadSiteScenario } from './api-fixtures.ts';
import { ROOT, type ApiServer } from './api-server.ts';

export interface FastPathServer {
  /** http://127.0.0.1:PORT */
  url: string;
  close(): Promise<void>;
}

/** Starts the fast path on `server`'s database; close() stops it and closes its connection. */
export async function startFastPath(server: ApiServer): Promise<FastPathServer> {
  const app = server.kind === 'sqlite' ? await createApp({ sqliteFile: server.env['SQLITE_FILE']! }) : await createApp({ url: server.env['DATABASE_URL']! });
  const ids = readdirSync(join(ROOT, 'content', 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length));
  app.scenarios.provide(scenarioSource(async () => ids.map((id) => loadSiteScenario(id).scenario)));
  const fast = runsEndpoint(app);
  const http = createServer(async (req, res) => {
    // As the real server (create-server.ts): the body is read within its limit before the route.
    const body = await readCappedBody(req, res);
    if (body && !fast(req, res, body)) res.writeHead(599, { 'content-type': 'application/json' }).end('{"error":"not answered by the fast path"}');
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await app.close();
    },
  };
}
