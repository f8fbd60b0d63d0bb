/**
 * Lets new comments arrive one after another, each after a moment of "… is typing", as in a real
 * thread. With prefers-reduced-motion, or for what was already there (a restored run), everything
 * shows at once. Returns how many thread items are visible and who is typing.
 */
import { useEffect, useRef, useState } from 'react';
import type { ThreadItem } from '../../engine/index.ts';

/** How long "… is typing" shows before a comment appears. */
export const TYPING_MS = 900;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface Reveal {
  visible: number;
  /** Persona id of the comment about to appear, while its typing indicator shows. */
  typing?: string | undefined;
  /** True while new comments are still arriving. */
  pending: boolean;
}

export function useReveal(items: ThreadItem[], restoredAt: number): Reveal {
  const [visible, setVisible] = useState(items.length);
  const restored = useRef(restoredAt);
  useEffect(() => {
    // A restored or rewound run shows everything at once; only moves made now unfold. Checked in
    // the same effect as the unfolding, so the two can never race within one commit.
    if (restored.current !== restoredAt) {
      restored.current = restoredAt;
      setVisible(items.length);
      return undefined;
    }
    if (visible > items.length) return setVisible(items.length);
    if (visible === items.length) return undefined;
    const next = items[visible]!;
    if (next.kind === 'move' || prefersReducedMotion()) {
      setVisible(next.kind === 'move' ? visible + 1 : items.length);
      return undefined;
    }
    const timer = setTimeout(() => setVisible((v) => v + 1), TYPING_MS);
    return () => clearTimeout(timer);
  }, [items, visible, restoredAt]);
  const next = items[visible];
  return { visible, typing: next?.kind === 'post' ? next.personaId : undefined, pending: visible < items.length };
}
