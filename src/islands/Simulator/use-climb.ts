/**
 * A number that climbs to its new value over a moment instead of jumping, for counts that grow with
 * the storm. With prefers-reduced-motion it jumps. Not a live region: screen readers hear one
 * summary per move from the Announcer instead of every step of the climb.
 */
import { useEffect, useRef, useState } from 'react';

const CLIMB_MS = 900;

export function useClimb(target: number): number {
  const [shown, setShown] = useState(target);
  const from = useRef(target);
  useEffect(() => {
    const start = from.current;
    from.current = target;
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (start === target || still || typeof requestAnimationFrame !== 'function') {
      setShown(target);
      return undefined;
    }
    let frame = 0;
    const began = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - began) / CLIMB_MS);
      setShown(Math.round(start + (target - start) * (1 - (1 - t) ** 3)));
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return shown;
}
