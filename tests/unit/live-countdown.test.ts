/** The countdown's seconds left are counted on the server's clock, whatever the screen's clock says. */
import { describe, expect, it } from 'vitest';
import { secondsLeft } from '../../src/live/live-countdown.ts';

const countdown = (endsAtMs: number) => ({ endsAt: new Date(endsAtMs).toISOString(), seconds: 60, autoClose: false });

describe('secondsLeft', () => {
  const server = Date.parse('2026-12-03T10:00:00.000Z');
  it.each([
    { label: 'a screen in step with the server', screenSkew: 0 },
    { label: 'a phone ten minutes fast', screenSkew: 600_000 },
    { label: 'a phone an hour slow', screenSkew: -3_600_000 },
  ])('shows 60, 30 and 0 seconds on $label', ({ screenSkew }) => {
    const c = countdown(server + 60_000);
    const receivedAt = server + screenSkew;
    expect(secondsLeft(c, server, receivedAt, receivedAt)).toBe(60);
    expect(secondsLeft(c, server, receivedAt, receivedAt + 30_000)).toBe(30);
    expect(secondsLeft(c, server, receivedAt, receivedAt + 59_001)).toBe(1);
    expect(secondsLeft(c, server, receivedAt, receivedAt + 60_000)).toBe(0);
    expect(secondsLeft(c, server, receivedAt, receivedAt + 90_000)).toBe(0);
  });
});
