import { describe, expect, it } from 'vitest';
import { checkVoteBody, MAX_CHOICE_ID } from '../../src/server/http/live-vote-body.ts';

describe('checkVoteBody (the hand-checked vote on the live hot path)', () => {
  it('accepts a round from 1 and a choice id of 1 to 100 characters', () => {
    expect(checkVoteBody({ round: 1, choiceId: 'a' })).toEqual({ ok: true, vote: { round: 1, choiceId: 'a' } });
    expect(checkVoteBody({ choiceId: 'x'.repeat(MAX_CHOICE_ID), round: 7 })).toEqual({ ok: true, vote: { round: 7, choiceId: 'x'.repeat(MAX_CHOICE_ID) } });
  });

  it.each([
    [null, 'body: expected an object'],
    [[1, 'a'], 'body: expected an object'],
    ['1', 'body: expected an object'],
    [{}, 'round: required; choiceId: required'],
    [{ round: 0, choiceId: 'a' }, 'round: must be at least 1'],
    [{ round: 1.5, choiceId: 'a' }, 'round: expected an integer'],
    [{ round: '1', choiceId: 'a' }, 'round: expected an integer'],
    [{ round: 2 ** 60, choiceId: 'a' }, 'round: expected an integer'],
    [{ round: 1, choiceId: 3 }, 'choiceId: expected a string'],
    [{ round: 1, choiceId: '' }, 'choiceId: must not be empty'],
    [{ round: 1, choiceId: 'x'.repeat(MAX_CHOICE_ID + 1) }, 'choiceId: at most 100 characters'],
    [{ round: 1, choiceId: 'a', admin: true }, 'body: unknown field "admin"'],
  ])('refuses %j with "%s"', (value, summary) => {
    expect(checkVoteBody(value)).toEqual({ ok: false, summary });
  });

  it('refuses a field named __proto__ (JSON.parse makes it an own field)', () => {
    expect(checkVoteBody(JSON.parse('{"round":1,"choiceId":"a","__proto__":{"x":1}}'))).toEqual({ ok: false, summary: 'body: unknown field "__proto__"' });
  });
});
