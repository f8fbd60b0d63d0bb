/**
 * A polite live region that reads out new comments one at a time, so a screen reader never gets a
 * burst. Each comment is queued when it appears in the thread and spoken after the one before.
 */
import { useEffect, useRef, useState } from 'react';
import type { ThreadItem } from '../../engine/index.ts';
import { useSimulator } from './context.ts';

/** Time a screen reader gets for one announcement before the next replaces it. */
export const ANNOUNCE_GAP_MS = 1500;

export function Announcer({ items, generation }: { items: ThreadItem[]; generation: number }) {
  const { scenario, locale, t } = useSimulator();
  const [text, setText] = useState('');
  const queue = useRef<string[]>([]);
  const announced = useRef(items.length);
  const seenGeneration = useRef(generation);
  useEffect(() => {
    // A replaced run (restored, rewound, restarted) announces nothing of what was already there.
    if (seenGeneration.current !== generation) {
      seenGeneration.current = generation;
      announced.current = items.length;
      queue.current = [];
    }
    for (const item of items.slice(announced.current)) {
      if (item.kind === 'post') {
        queue.current.push(t('sim.newComment', { name: scenario.personas[item.personaId]?.name ?? '', text: item.text[locale] }));
      }
    }
    announced.current = items.length;
  }, [items, generation, scenario, locale, t]);
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
