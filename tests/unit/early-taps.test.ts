/**
 * The tap caught before hydration is handed over once, and after the hand-over the simulator's
 * clicks are no longer caught. The inline script runs here in jsdom as the browser runs it.
 */
// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { EARLY_TAPS_GLOBAL, EARLY_TAPS_SCRIPT, takeEarlyTap } from '../../src/islands/early-taps.ts';

function page(): { first: HTMLButtonElement; second: HTMLButtonElement; sim: HTMLElement } {
  document.body.innerHTML = `<section class="sim" data-scenario="s1"><ul><li><button type="button" data-choice="a"><span>A</span></button></li><li><button type="button" data-choice="b">B</button></li></ul></section>`;
  return { sim: document.querySelector('.sim')!, first: document.querySelector('[data-choice="a"]')!, second: document.querySelector('[data-choice="b"]')! };
}

const clicksReaching = (el: HTMLElement) => {
  const seen: string[] = [];
  el.addEventListener('click', () => seen.push('bubbled'));
  return seen;
};

beforeEach(() => {
  Reflect.deleteProperty(window, EARLY_TAPS_GLOBAL);
  // Runs the inline script once per test (it installs itself only once per window).
  new Function(EARLY_TAPS_SCRIPT)();
});

describe('taps before hydration', () => {
  it('keeps the first tap on a choice (also on its inner text) and stops it from reaching the page', () => {
    const { sim, first, second } = page();
    const seen = clicksReaching(sim);
    first.querySelector('span')!.click();
    second.click();
    expect(seen).toEqual([]);
    expect(takeEarlyTap('s1')).toBe('a');
  });

  it('hands a tap over once; afterwards clicks pass through to the live simulator', () => {
    const { sim, first } = page();
    const seen = clicksReaching(sim);
    first.click();
    expect(takeEarlyTap('s1')).toBe('a');
    expect(takeEarlyTap('s1')).toBeUndefined();
    first.click();
    expect(seen).toEqual(['bubbled']);
  });

  it('has nothing to hand over without a tap, and does not catch clicks after the hand-over', () => {
    const { sim, second } = page();
    const seen = clicksReaching(sim);
    expect(takeEarlyTap('s1')).toBeUndefined();
    second.click();
    expect(seen).toEqual(['bubbled']);
  });

  it('leaves a simulator that is already live alone', () => {
    const { sim, first } = page();
    sim.setAttribute('data-live', '');
    const seen = clicksReaching(sim);
    first.click();
    expect(seen).toEqual(['bubbled']);
    expect(takeEarlyTap('s1')).toBeUndefined();
  });
});
