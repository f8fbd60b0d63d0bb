/**
 * npm run check:content [scenario.yaml …]
 * Checks every lesson and scenario (or only the scenario files given, anywhere on disk) and exits
 * non-zero on any error. Each problem names the file, the line, the path inside it and a fix.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/content-check/check-all.ts';
import { formatFileProblem } from '../src/content-check/file-problem.ts';
import { parseCliArgs } from './cli-args.ts';
import { describeGuessability } from '../src/content-check/guessability.ts';
import { describeSelfChecks } from '../src/content-check/self-checks.ts';
import { describeStrategies } from '../src/content-check/strategy-check.ts';

const { positionals: paths } = parseCliArgs({
  usage: `Usage: npm run check:content [-- <scenario.yaml> …]   (or: node scripts/check-content.ts [<scenario.yaml> …])
Checks every lesson and scenario, or only the scenario files given (anywhere on disk). Each problem
names the file, the line, the path inside it and a fix. Exits 1 when there is an error.`,
  maxPositionals: Infinity,
});
const root = resolve(import.meta.dirname, '..');
const result = checkContent(root, paths.length ? paths.map((p) => resolve(p)) : undefined);

for (const p of result.problems) console.log(formatFileProblem(p));
for (const s of result.scenarios) {
  if (!s.scenario || !s.analysis?.extremes) continue;
  const e = s.analysis.extremes;
  console.log(
    `scenario ${s.scenario.id}: ${Object.keys(s.scenario.nodes).length} nodes, ${s.analysis.reachableEndings.length} endings reached, ` +
      `${e.minDecisions}-${e.maxDecisions} decisions per path, ${s.analysis.stateCount} states`,
  );
}
console.log(describeGuessability(result.guessability));
for (const line of describeStrategies(result.strategies)) console.log(line);
if (result.selfChecks) console.log(describeSelfChecks(result.selfChecks));
const errors = result.problems.filter((p) => p.severity === 'error').length;
const warnings = result.problems.length - errors;
console.log(
  `check:content: ${result.scenarios.length} scenario(s), ${result.lessons.length} lesson(s): ${errors} error(s), ${warnings} warning(s)`,
);
process.exit(errors ? 1 : 0);
