/** Numbers the islands of one page render (one request) 0, 1, 2 …, for their useId prefixes. */
const counters = new WeakMap<Request, number>();

export function nextIslandNumber(request: Request): number {
  const n = counters.get(request) ?? 0;
  counters.set(request, n + 1);
  return n;
}
