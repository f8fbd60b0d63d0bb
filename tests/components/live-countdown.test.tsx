// @vitest-environment jsdom
/** The live countdown ticks for the eyes only: screen readers hear its start and its end, nothing between. */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveCountdown } from '../../src/islands/Live/LiveCountdown.tsx';
import { fill, liveWordsFor } from '../../src/live/live-words.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('LiveCountdown', () => {
  it.each(['de', 'en'] as const)('announces start and end only, and shows the time left in between (%s)', (locale) => {
    const w = liveWordsFor(locale);
    vi.useFakeTimers();
    const start = Date.parse('2026-12-03T10:00:00.000Z');
    vi.setSystemTime(start);
    // The phone's clock is five minutes behind the server's: the countdown follows the server.
    const serverNow = start + 300_000;
    const countdown = { endsAt: new Date(serverNow + 10_000).toISOString(), seconds: 10, autoClose: false };
    const { container } = render(<LiveCountdown countdown={countdown} serverNow={serverNow} receivedAt={start} words={w} />);
    const status = () => container.querySelector('[role="status"]')!.textContent;
    const shown = () => container.querySelector('.live-countdown');
    expect(status()).toBe(fill(w.countdownStarted, { n: 10 }));
    expect(shown()!.getAttribute('aria-hidden')).toBe('true');
    expect(shown()!.getAttribute('data-seconds-left')).toBe('10');
    act(() => void vi.advanceTimersByTime(4_000));
    expect(shown()!.getAttribute('data-seconds-left')).toBe('6');
    expect(shown()!.textContent).toBe(fill(w.timeLeft, { time: '0:06' }));
    expect(status()).toBe(fill(w.countdownStarted, { n: 10 }));
    act(() => void vi.advanceTimersByTime(6_500));
    expect(shown()!.getAttribute('data-seconds-left')).toBe('0');
    expect(status()).toBe(w.countdownOver);
  });

  it('shows nothing and announces nothing without a countdown', () => {
    const { container } = render(<LiveCountdown countdown={null} serverNow={0} receivedAt={0} words={liveWordsFor('de')} />);
    expect(container.querySelector('.live-countdown')).toBeNull();
    expect(container.querySelector('[role="status"]')!.textContent).toBe('');
  });
});
