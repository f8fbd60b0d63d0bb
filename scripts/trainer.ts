/**
 * npm run trainer -- <command>: manage trainer accounts on this server's database.
 *   add <email>            creates a trainer; the password comes from TRAINER_PASSWORD, from
 *                          standard input when it is piped, or is generated and printed once
 *   set-password <email>   the same, for an existing trainer
 *   list                   lists trainers
 *   remove <email>         deletes a trainer with all their classes, learners and results
 * Uses DATABASE_URL (PostgreSQL) or SQLITE_FILE (default ./data/candystorm.sqlite), like the server.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../src/server/auth/password.ts';
import { createApp } from '../src/server/app.ts';
import { deleteTrainer, findTrainerByEmail, insertTrainer, listTrainers, updatePasswordHash } from '../src/server/repos/trainers.ts';
import { exitWithUsageError, parseCliArgs } from './cli-args.ts';

const cli = {
  usage: `Usage: npm run trainer -- <command>   (or: node scripts/trainer.ts <command>)
Manages trainer accounts on this server's database.
  add <email>            creates a trainer; the password comes from TRAINER_PASSWORD, from
                         standard input when it is piped, or is generated and printed once
  set-password <email>   the same, for an existing trainer
  list                   lists trainers
  remove <email>         deletes a trainer with all their classes, learners and results
Uses DATABASE_URL (PostgreSQL) or SQLITE_FILE (default ./data/candystorm.sqlite), like the server.`,
  maxPositionals: 2,
};
// Read before the database is opened: a wrong command line must not create ./data/.
const [command, email] = parseCliArgs(cli).positionals;
const COMMANDS: Record<string, 'email' | 'none'> = { add: 'email', 'set-password': 'email', list: 'none', remove: 'email' };
const needs = command === undefined ? undefined : COMMANDS[command];
if (!needs) exitWithUsageError(cli, command === undefined ? 'Which command?' : `Unknown command "${command}".`);
if (needs === 'email' && email === undefined) exitWithUsageError(cli, `"${command}" needs an e-mail address.`);
if (needs === 'none' && email !== undefined) exitWithUsageError(cli, `"${command}" takes no argument, got "${email}".`);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function password(): { value: string; generated: boolean } {
  const given = process.env['TRAINER_PASSWORD'] ?? (process.stdin.isTTY ? undefined : readFileSync(0, 'utf8').trim());
  if (given) {
    if (given.length < MIN_PASSWORD_LENGTH) fail(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    return { value: given, generated: false };
  }
  return { value: randomBytes(12).toString('base64url'), generated: true };
}

function requireEmail(): string {
  const parsed = z.email().safeParse(email);
  if (!parsed.success) exitWithUsageError(cli, `"${email ?? ''}" is not an e-mail address.`);
  return parsed.data;
}

// Checked before the database is opened, like the command itself.
const address = needs === 'email' ? requireEmail() : '';
// The same composition root as the server: same database settings, same migrations.
const { db, kind, close, afterDeletion } = await createApp();
try {
  if (command === 'add' || command === 'set-password') {
    const existing = await findTrainerByEmail(db, address);
    if (command === 'add' && existing) fail(`A trainer ${address} exists already. Use set-password to change the password.`);
    if (command === 'set-password' && !existing) fail(`There is no trainer ${address}.`);
    const pw = password();
    const hash = await hashPassword(pw.value);
    if (existing) await updatePasswordHash(db, existing.id, hash);
    else await insertTrainer(db, address, hash);
    console.log(`${command === 'add' ? 'Created' : 'Updated'} trainer ${address} (database: ${kind}).`);
    if (pw.generated) console.log(`Password (shown once, write it down): ${pw.value}`);
    console.log('Sign in at /trainer/ on the running server.');
  } else if (command === 'list') {
    for (const t of await listTrainers(db)) console.log(`${t.email}\t(since ${t.created_at.slice(0, 10)})`);
  } else if (command === 'remove') {
    const found = await findTrainerByEmail(db, address);
    if (!found) fail(`There is no trainer ${address}.`);
    await deleteTrainer(db, found.id);
    await afterDeletion();
    console.log(`Removed ${found.email} and everything that belonged to their classes.`);
  }
} finally {
  await close();
}
