/**
 * A polite live region that reads out new comments one at a time, so a screen reader never gets a
 * burst. Only comments that arrive after the learner's latest move are read: a restored, rewound or
 * restarted run has no latest move, so what was already there is never announced again. After a
 * move's comments, one summary of the storm's size ("37 more comments, 420 reactions") is read,
 * once per move, instead of the climbing counts.
 */
import { useEffect, useRef, useState } from 'react';
import type { ThreadItem } from '../../engine/index.ts';
import { useSimulator, useSimulatorState } from './context.ts';

/** Time a screen reader gets for one announcement before the next replaces it. */
export const ANNOUNCE_GAP_MS = 1500;

export function Announcer({ items, summary }: { items: ThreadItem[]; summary?: string | undefined }) {
  const { scenario, locale, t } = useSimulator();
  const last = useSimulatorState((s) => s.last);
  const [text, setText] = useState('');
  const queue = useRef<string[]>([]);
  const announced = useRef(Infinity);
  const seenMove = useRef(last);
  useEffect(() => {
    if (seenMove.current !== last) {
      seenMove.current = last;
      announced.current = last ? last.threadLengthBefore : Infinity;
      queue.current = [];
    }
    for (const item of items.slice(announced.current)) {
      if (item.kind === 'post') {
        queue.current.push(t('sim.newComment', { name: scenario.personas[item.personaId]?.name ?? '', text: item.text[locale] }));
      }
    }
    if (last) announced.current = Math.max(announced.current, items.length);
  }, [items, last, scenario, locale, t]);
  // The summary comes once the move's comments are all in (the caller passes it only then).
  const summarised = useRef(last);
  useEffect(() => {
    if (!last || !summary || summarised.current === last) return;
    summarised.current = last;
    queue.current.push(summary);
  }, [summary, last]);
  const lastAt = useRef(0);
  useEffect(() => {
    // Speak the next queued comment as soon as the previous one has had its time.
    const timer = setInterval(() => {
      if (queue.current.length === 0 || Date.now() - lastAt.current < ANNOUNCE_GAP_MS) return;
      lastAt.current = Date.now();
      setText(queue.current.shift()!);
    }, 200);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
