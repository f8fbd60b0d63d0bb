/**
 * Tarjan's strongly connected components, iterative (no deep recursion on large state graphs).
 * Components come out in reverse topological order: every component after all it can reach.
 */
export function strongComponents(keys: Iterable<string>, successors: (key: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of keys) {
    if (index.has(root)) continue;
    const work: { key: string; next: number; succ: string[] }[] = [];
    const open = (key: string) => {
      index.set(key, counter);
      low.set(key, counter++);
      stack.push(key);
      onStack.add(key);
      work.push({ key, next: 0, succ: successors(key) });
    };
    open(root);
    while (work.length) {
      const frame = work.at(-1)!;
      if (frame.next < frame.succ.length) {
        const to = frame.succ[frame.next++]!;
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.key, Math.min(low.get(frame.key)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.key, Math.min(low.get(parent.key)!, low.get(frame.key)!));
      if (low.get(frame.key) === index.get(frame.key)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.key);
        components.push(component);
      }
    }
  }
  return components;
}
