/**
 * HashSlots, the semaphore that bounds password hashing (issue 11, item 6): never more tasks in
 * progress than its slots, the rest wait in order of arrival and all get their answer, and a task
 * that fails gives its slot back. Tasks are promises the test settles itself: counts, not times.
 */
import { describe, expect, it } from 'vitest';
import { HashSlots } from '../../src/server/auth/hash-slots.ts';

/** A task the test finishes by hand, recording when it started. */
function manualTask(started: number[], index: number) {
  let finish!: (value: number) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<number>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { task: () => (started.push(index), done), finish: () => finish(index), fail: () => fail(new Error(`task ${index} failed`)) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('HashSlots', () => {
  it('runs at most `max` tasks at once; the others wait and start in order of arrival', async () => {
    const slots = new HashSlots(2);
    const started: number[] = [];
    const tasks = Array.from({ length: 6 }, (_, i) => manualTask(started, i));
    const results = tasks.map((t) => slots.run(t.task));
    await settle();
    expect(started).toEqual([0, 1]);
    expect(slots.running).toBe(2);
    expect(slots.waiting).toBe(4);

    tasks[1]!.finish();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    expect(slots.running).toBe(2);
    expect(slots.waiting).toBe(3);

    for (const t of tasks) t.finish();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(slots.running).toBe(0);
    expect(slots.waiting).toBe(0);
  });

  it('gives the slot of a failed task to the next one, and the failure to its caller', async () => {
    const slots = new HashSlots(1);
    const started: number[] = [];
    const first = manualTask(started, 0);
    const second = manualTask(started, 1);
    const a = slots.run(first.task);
    const b = slots.run(second.task);
    await settle();
    expect(started).toEqual([0]);
    first.fail();
    await expect(a).rejects.toThrow('task 0 failed');
    await settle();
    expect(started).toEqual([0, 1]);
    second.finish();
    expect(await b).toBe(1);
    expect(slots.running).toBe(0);
  });

  it('refuses a slot count that is not a whole number of at least 1', () => {
    expect(() => new HashSlots(0)).toThrow(/at least 1/);
    expect(() => new HashSlots(1.5)).toThrow(/at least 1/);
  });
});
