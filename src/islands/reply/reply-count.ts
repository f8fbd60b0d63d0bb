/**
 * When the character count is worth announcing. A screen reader that read the count on every
 * keystroke would drown the learner's own typing, so the count is announced only when it crosses
 * into another zone: nearly full (80 %), the last ten characters, the limit itself, over the limit,
 * and back within it.
 */
export type CountZone = 'room' | 'near' | 'last' | 'full' | 'over';

/** The zone of a length against a limit. */
export function countZone(length: number, max: number): CountZone {
  if (length > max) return 'over';
  if (length === max) return 'full';
  if (max - length <= 10) return 'last';
  if (length >= max * 0.8) return 'near';
  return 'room';
}

/** What to announce when the length moves from `before` to `after`; `undefined`: nothing. */
export type CountAnnouncement = { kind: 'left'; left: number } | { kind: 'full' } | { kind: 'over'; over: number } | { kind: 'back'; left: number };

export function countAnnouncement(before: number, after: number, max: number): CountAnnouncement | undefined {
  const from = countZone(before, max);
  const to = countZone(after, max);
  if (from === to) return undefined;
  if (to === 'over') return { kind: 'over', over: after - max };
  // Leaving 'over' is always worth hearing, however much was deleted at once: sending works again.
  if (from === 'over') return { kind: 'back', left: max - after };
  if (to === 'room') return undefined;
  if (to === 'full') return { kind: 'full' };
  if (from === 'full') return { kind: 'back', left: max - after };
  // Moving down from 'last' to 'near' (deleting) needs no announcement; moving up does.
  if (from === 'last' && to === 'near') return undefined;
  return { kind: 'left', left: max - after };
}
