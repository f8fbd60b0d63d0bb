/**
 * npm run scorm -- export --module N --out FILE.zip [--scenario ID] [--all] [--lang de|en]
 *                         [--version 1.2|2004] [--with-text]
 * Builds a SCORM package from the built site (src/scorm/package/): one SCO per module, reporting
 * status, score, session time and one interaction per decision to the LMS. Builds the site first
 * when dist/ is missing. The same package is the trainer's download (/trainer/scorm).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildScormPackage } from '../src/scorm/package/build-package.ts';
import { bundleReporter } from '../src/scorm/package/reporter-bundle.ts';
import { exitWithUsageError, parseCliArgs, type CliSpec } from './cli-args.ts';

const SPEC: CliSpec = {
  usage: `Usage: npm run scorm -- export (--module N | --scenario ID | --all) --out FILE.zip [options]

Builds a SCORM package for a learning platform (Moodle, mebis, LOGINEO NRW, ILIAS, itslearning …):
the lesson page(s) with their simulators, working offline inside the platform, one SCO per module.
The platform receives status, score, session time and one interaction per decision; written
replies leave as their analysed features only (see docs/lms.md).

  --module N        the module (lesson) to package; several as --module 4,5
  --scenario ID     one scenario: its module's lesson, reporting on this scenario only
  --all             every module, one SCO each
  --out FILE.zip    where to write the package (required)
  --lang de|en      the language of the lessons (default: de)
  --version V       SCORM version, 1.2 or 2004 (default: 2004, i.e. 4th edition)
  --with-text       also send the text of written replies (only with the learners' consent
                    and your data-protection officer's approval)
  --help            show this help

Options take their value as --module 4 or --module=4.`,
  flags: ['--all', '--with-text'],
  options: { module: 'text', scenario: 'text', out: 'text', lang: 'text', version: 'text' },
  maxPositionals: 1,
};

/** `--name value` → `--name=value` for the options above, so both spellings work. */
function joinOptionValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = /^--([a-z-]+)$/.exec(arg)?.[1];
    const next = argv[i + 1];
    if (name && SPEC.options?.[name] && next !== undefined && !next.startsWith('--')) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

const args = parseCliArgs(SPEC, joinOptionValues(process.argv.slice(2)));
if (args.positionals[0] !== 'export') exitWithUsageError(SPEC, args.positionals[0] ? `unknown command "${args.positionals[0]}" (the command is "export")` : 'name the command: export');
const out = args.options.get('out');
if (!out) exitWithUsageError(SPEC, '"--out FILE.zip" is required');
const lang = args.options.get('lang') ?? 'de';
if (lang !== 'de' && lang !== 'en') exitWithUsageError(SPEC, `"--lang" is de or en, not "${lang}"`);
const version = args.options.get('version') ?? '2004';
if (version !== '1.2' && version !== '2004') exitWithUsageError(SPEC, `"--version" is 1.2 or 2004, not "${version}"`);
const moduleText = args.options.get('module');
const scenarioId = args.options.get('scenario');
const all = args.flags.has('--all');
if ([moduleText !== undefined, scenarioId !== undefined, all].filter(Boolean).length !== 1) exitWithUsageError(SPEC, 'choose what to package: one of --module N, --scenario ID or --all');
const modules = moduleText?.split(',').map((m) => Number(m.trim()));
if (modules?.some((m) => !Number.isInteger(m) || m < 1)) exitWithUsageError(SPEC, `"--module" needs module numbers such as 4 or 4,5, not "${moduleText}"`);

const root = resolve(import.meta.dirname, '..');
const client = resolve(root, 'dist', 'client');
if (!existsSync(resolve(client, 'index.html'))) {
  console.log('scorm: no built site in dist/, building it first (npm run build) …');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('scorm: the site did not build; fix that first.');
    process.exit(1);
  }
}

const result = buildScormPackage(
  { modules: all ? 'all' : (modules ?? []), scenarioId, lang, version, withText: args.flags.has('--with-text') },
  { root, client, reporterJs: await bundleReporter(root) },
);
if (!result.ok) {
  const words = {
    'no-build': `there is no built site in ${result.detail}; run npm run build`,
    'unknown-module': `there is no module ${result.detail} in ${lang}`,
    'unknown-scenario': `no ${lang} lesson contains the scenario "${result.detail}"`,
  };
  console.error(`scorm: ${words[result.code]}.`);
  process.exit(1);
}
writeFileSync(out, result.zip);
const scos = [...result.manifest.matchAll(/scorm[tT]ype="sco" href="([^"]+)"/g)].map((m) => m[1]);
console.log(`scorm: wrote ${out} (SCORM ${version}, ${lang}, ${(result.zip.length / 1024).toFixed(0)} KB, ${result.files.length} files); SCOs: ${scos.join(', ')}`);
