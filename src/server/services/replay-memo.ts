/**
 * The class page replays every first run to count who chose what, on every request and on every
 * refresh of its self-updating grid. A replay depends only on the scenario (one object per id and
 * version in the scenario source) and the stored path, so its result is kept per scenario; a bounded
 * map per scenario keeps a large school's server from growing without limit.
 */
import { replay, type PathStep, type Scenario } from '../../engine/index.ts';

/** Paths remembered per scenario before the memo starts afresh. */
const PATHS_PER_SCENARIO = 5000;

const memo = new WeakMap<Scenario, Map<string, ReturnType<typeof replay>>>();

/** `replay(scenario, JSON.parse(storedPath))`, computed once per scenario and stored path. */
export function replayStoredPath(scenario: Scenario, storedPath: string): ReturnType<typeof replay> {
  let paths = memo.get(scenario);
  if (!paths) memo.set(scenario, (paths = new Map()));
  const known = paths.get(storedPath);
  if (known) return known;
  const result = replay(scenario, JSON.parse(storedPath) as PathStep[]);
  if (paths.size >= PATHS_PER_SCENARIO) paths.clear();
  paths.set(storedPath, result);
  return result;
}
