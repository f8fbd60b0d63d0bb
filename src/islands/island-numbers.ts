/** Numbers the islands of one page render (one request) 0, 1, 2 …, for their useId prefixes. */
const counters = new WeakMap<Request, number>();

export function nextIslandNumber(request: Request): number {
  const n = counters.get(request) ?? 0;
  counters.set(request, n + 1);
  return n;
}

const simulators = new WeakMap<Request, number>();

/**
 * The anchor of a simulator on its page: the first is `simulator` (the target of the lesson's "To the
 * simulator" link and of assignment links), any further ones `simulator-2`, `simulator-3` …
 */
export function nextSimulatorAnchor(request: Request): string {
  const n = (simulators.get(request) ?? 0) + 1;
  simulators.set(request, n);
  return n === 1 ? 'simulator' : `simulator-${n}`;
}

const withSimulator = new WeakSet<Request>();

/** True for the first simulator a page renders (one request), false for every later one. */
export function isFirstSimulator(request: Request): boolean {
  if (withSimulator.has(request)) return false;
  withSimulator.add(request);
  return true;
}
