/**
 * npm run lti -- <command>: the learning platforms this Candystorm accepts LTI 1.3 launches from.
 *   add      registers a platform (the values come from the platform's tool registration)
 *   list     lists the platforms, the tool's URLs to enter there, and the score queue
 *   remove   removes a platform (its courses' classes stay until their context trainer is removed)
 * Uses DATABASE_URL (PostgreSQL) or SQLITE_FILE (default ./data/candystorm.sqlite), like the server.
 * Set PUBLIC_URL to print the tool's URLs with the right host. Details: docs/lms.md (LTI 1.3).
 */
import { z } from 'zod';
import { createApp } from '../src/server/app.ts';
import { deletePlatform, insertPlatform, listPlatforms, platformsOfIssuer, scoreQueueCounts } from '../src/server/repos/lti.ts';
import { publicKeySet } from '../src/server/lti/tool-keys.ts';
import { exitWithUsageError, parseCliArgs } from './cli-args.ts';

const cli = {
  usage: `Usage: npm run lti -- <command> [options]   (or: node scripts/lti.ts <command> …)
Registers the learning platforms (Moodle, ILIAS, itslearning …) that may launch Candystorm (LTI 1.3).
  add --issuer=URL --client-id=ID --deployment-id=ID[,ID…] --auth-url=URL --token-url=URL --jwks-url=URL [--store-names]
           registers a platform; --store-names makes the platform's name claims the learners'
           pseudonyms (default: a neutral "LMS XXXXXX"; no name or e-mail is stored)
  list     lists the registered platforms, the URLs to enter in the platform, and the score queue
  remove --issuer=URL --client-id=ID
           removes a platform registration
Uses DATABASE_URL (PostgreSQL) or SQLITE_FILE (default ./data/candystorm.sqlite), like the server.`,
  flags: ['--store-names'],
  options: { issuer: 'text', 'client-id': 'text', 'deployment-id': 'text', 'auth-url': 'text', 'token-url': 'text', 'jwks-url': 'text' },
  maxPositionals: 1,
} as const;

const args = parseCliArgs(cli);
const [command] = args.positionals;
const REQUIRED: Record<string, readonly string[]> = {
  add: ['issuer', 'client-id', 'deployment-id', 'auth-url', 'token-url', 'jwks-url'],
  list: [],
  remove: ['issuer', 'client-id'],
};
const required = command === undefined ? undefined : REQUIRED[command];
if (!required) exitWithUsageError(cli, command === undefined ? 'Which command?' : `Unknown command "${command}".`);
const missing = required.filter((name) => !args.options.has(name));
if (missing.length) exitWithUsageError(cli, `"${command}" needs ${missing.map((m) => `--${m}=…`).join(', ')}.`);
const extra = [...args.options.keys()].filter((name) => !required.includes(name));
if (extra.length || (command !== 'add' && args.flags.size)) exitWithUsageError(cli, `"${command}" takes no ${[...extra.map((e) => `--${e}`), ...args.flags].join(', ')}.`);

const option = (name: string) => args.options.get(name)!;
// URLs must be absolute http(s) URLs; https outside this machine (a token over plain http could be read).
const urlSchema = z.url({ protocol: /^https?$/ });
for (const name of ['auth-url', 'token-url', 'jwks-url'] as const) {
  if (command === 'add' && !urlSchema.safeParse(option(name)).success) exitWithUsageError(cli, `--${name} must be an http(s) URL, not "${option(name)}".`);
}
const deploymentIds = command === 'add' ? option('deployment-id').split(',').map((d) => d.trim()).filter(Boolean) : [];
if (command === 'add' && !deploymentIds.length) exitWithUsageError(cli, '--deployment-id needs at least one id.');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const app = await createApp();
try {
  const origin = (process.env['PUBLIC_URL'] ?? 'https://candystorm.example').replace(/\/$/, '');
  if (command === 'add') {
    const issuer = option('issuer');
    const clientId = option('client-id');
    if ((await platformsOfIssuer(app.db, issuer)).some((p) => p.client_id === clientId)) fail(`The platform ${issuer} with client id ${clientId} is registered already. Remove it first to change it.`);
    await insertPlatform(app.db, {
      issuer,
      clientId,
      deploymentIds,
      authUrl: option('auth-url'),
      tokenUrl: option('token-url'),
      jwksUrl: option('jwks-url'),
      storeNames: args.flags.has('--store-names'),
    });
    console.log(`Registered ${issuer} (client id ${clientId}, deployments ${deploymentIds.join(', ')}; database: ${app.kind}).`);
  } else if (command === 'list') {
    await publicKeySet(app.db); // makes the tool key if the server has never run
    console.log(`Enter in the platform: login URL ${origin}/lti/login, redirect/launch URL ${origin}/lti/launch, public keyset URL ${origin}/lti/jwks`);
    for (const p of await listPlatforms(app.db)) {
      console.log(`${p.issuer}\tclient ${p.client_id}\tdeployments ${(JSON.parse(p.deployment_ids) as string[]).join(',')}\tnames ${p.store_names ? 'stored' : 'not stored'}\t(since ${p.created_at.slice(0, 10)})`);
    }
    const queue = await scoreQueueCounts(app.db);
    console.log(`Scores: ${queue.sent} sent, ${queue.waiting} waiting (${queue.retrying} after a failed try).`);
  } else if (command === 'remove') {
    if (!(await deletePlatform(app.db, option('issuer'), option('client-id')))) fail(`There is no platform ${option('issuer')} with client id ${option('client-id')}.`);
    await app.afterDeletion();
    console.log(`Removed ${option('issuer')} (client id ${option('client-id')}).`);
  }
} finally {
  await app.close();
}
