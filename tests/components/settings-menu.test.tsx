// @vitest-environment jsdom
/**
 * Sound, volume and time pressure live in one settings menu (a disclosure): closed at first, so the
 * simulator's first screen is the thread; Escape closes it and gives focus back to its button; the
 * time-pressure clock stays in view with the menu closed.
 */
import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fill, renderSimulator, textOf, word } from './setup.ts';

function parts(root: HTMLElement) {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')].find((b) => textOf(b) === word('de', 'settings.open'));
  expect(button, 'a settings button').toBeDefined();
  const panel = root.ownerDocument.getElementById(button!.getAttribute('aria-controls')!);
  expect(panel, 'the panel the button controls').not.toBeNull();
  return { button: button!, panel: panel! };
}

describe('the settings menu', () => {
  it('starts closed, opens on click with sound, volume and time pressure, and closes again', async () => {
    const { root } = await renderSimulator();
    const { button, panel } = parts(root);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    // The controls are in the panel, not loose in the header.
    expect(panel.querySelector('[data-testid="sound-controls"]')).not.toBeNull();
    expect(panel.querySelector('input[type="range"]')).not.toBeNull();
    expect(textOf(panel)).toContain(fill(word('de', 'pressure.toggle'), { n: 60 }));
    expect(root.querySelectorAll('[data-testid="sound-controls"]')).toHaveLength(1);

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    fireEvent.click(button);
    expect(panel.hidden).toBe(true);
  });

  it('closes on Escape from inside the panel and puts focus back on its button', async () => {
    const { root } = await renderSimulator();
    const { button, panel } = parts(root);
    fireEvent.click(button);
    const slider = panel.querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.focus();
    fireEvent.keyDown(slider, { key: 'Escape' });
    expect(panel.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('keeps the time-pressure clock in view when the menu is closed', async () => {
    const { root } = await renderSimulator();
    const { button, panel } = parts(root);
    expect(root.querySelector('.sim-pressure-clock')).toBeNull();
    fireEvent.click(button);
    fireEvent.click(panel.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    fireEvent.keyDown(panel, { key: 'Escape' });
    const clock = root.querySelector<HTMLElement>('.sim-pressure-clock');
    expect(clock).not.toBeNull();
    expect(panel.contains(clock)).toBe(false);
    expect(textOf(clock)).toBe(fill(word('de', 'pressure.left'), { n: 60 }));
  });
});
