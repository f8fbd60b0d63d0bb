/**
 * The body of a phone's vote, `{ round, choiceId }`, checked by hand rather than with zod: a room
 * of 2,000 sends 2,000 of them within a second, and a zod parse cost about as much server time as
 * the rest of the vote's own work (docs/live-mode.md, Figures). The refusals are those of the
 * schema it replaces (z.strictObject({ round: z.int().min(1), choiceId: z.string().min(1).max(100) })):
 * each problem named as `field: message`, joined by `; `, for the `invalid-request` answer.
 */

/** The longest choice id accepted (authored ids are short; this only bounds the input). */
export const MAX_CHOICE_ID = 100;

export interface VoteBody {
  round: number;
  choiceId: string;
}

/** The vote in `value` (parsed JSON), or the list of what is wrong with it. */
export function checkVoteBody(value: unknown): { ok: true; vote: VoteBody } | { ok: false; summary: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, summary: 'body: expected an object' };
  const body = value as Record<string, unknown>;
  const problems: string[] = [];
  const { round, choiceId } = body;
  if (round === undefined) problems.push('round: required');
  else if (typeof round !== 'number' || !Number.isSafeInteger(round)) problems.push('round: expected an integer');
  else if (round < 1) problems.push('round: must be at least 1');
  if (choiceId === undefined) problems.push('choiceId: required');
  else if (typeof choiceId !== 'string') problems.push('choiceId: expected a string');
  else if (choiceId.length < 1) problems.push('choiceId: must not be empty');
  else if (choiceId.length > MAX_CHOICE_ID) problems.push(`choiceId: at most ${MAX_CHOICE_ID} characters`);
  for (const key in body) if (key !== 'round' && key !== 'choiceId') problems.push(`body: unknown field "${key.slice(0, 40)}"`);
  if (problems.length) return { ok: false, summary: problems.join('; ') };
  return { ok: true, vote: { round: round as number, choiceId: choiceId as string } };
}
