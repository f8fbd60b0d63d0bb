/**
 * Shared set-up for the simulator's component tests (imported at the top of each test file, which
 * runs in jsdom): the fixture scenario, a switchable prefers-reduced-motion, a clean localStorage
 * for every test, and helpers that render the island and play moves through its buttons.
 *
 * Vitest runs without globals here, so Testing Library cannot register its own cleanup or mark
 * the environment as an act() environment: both are done below.
 */
import { act, cleanup, fireEvent, render, type RenderResult } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { Locale, PathExtremes, Scenario } from '../../src/engine/index.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { messagesFor } from '../../src/i18n/t.ts';
import type { SimulatorMode } from '../../src/islands/Simulator/context.ts';
import Simulator from '../../src/islands/Simulator/Simulator.tsx';
import { loadScenario } from '../unit/load-fixture.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const loaded = loadScenario('valid-minimal.yaml');
if (!loaded.analysis.extremes) throw new Error('the fixture has no path extremes');

/** The checked fixture scenario; never modified (tests change copies from `fixtureCopy`). */
export const scenario: Scenario = loaded.scenario;
export const extremes: PathExtremes = loaded.analysis.extremes;

/** A deep copy of the fixture, for tests that need a modified scenario. */
export function fixtureCopy(): Scenario {
  return structuredClone(scenario);
}

/** The UI dictionaries, by locale. */
export const dict = { de, en } as const;
export type Dict = typeof de;

/** Fills `{name}` placeholders of a dictionary template. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A RegExp matching a dictionary template whose `{n}` is any whole number (captured). */
export function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{n\\\}/g, '(\\d+)');
  return new RegExp(escaped);
}

// --- prefers-reduced-motion -------------------------------------------------------------------

let reducedMotion = true;

/** Switches what `matchMedia('(prefers-reduced-motion: reduce)')` answers. */
export function setReducedMotion(on: boolean): void {
  reducedMotion = on;
}

function matchMediaStub(query: string): MediaQueryList {
  return {
    matches: reducedMotion && /prefers-reduced-motion:\s*reduce/.test(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  } as MediaQueryList;
}
Object.defineProperty(window, 'matchMedia', { value: matchMediaStub, configurable: true, writable: true });

// --- per-test hygiene -------------------------------------------------------------------------

beforeEach(() => {
  localStorage.clear();
  reducedMotion = true;
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
});

// --- rendering and playing --------------------------------------------------------------------

export interface RenderOptions {
  scenario?: Scenario;
  extremes?: PathExtremes;
  locale?: Locale;
  mode?: SimulatorMode;
}

export interface RenderedSimulator extends RenderResult {
  /** The island's root section. */
  root: HTMLElement;
}

/** Renders the island and waits for it to read stored progress. */
export async function renderSimulator(options: RenderOptions = {}): Promise<RenderedSimulator> {
  const props = {
    scenario: options.scenario ?? scenario,
    extremes: options.extremes ?? extremes,
    locale: options.locale ?? 'de',
    messages: messagesFor(options.locale ?? 'de'),
    ...(options.mode ? { mode: options.mode } : {}),
  };
  const result = render(createElement(Simulator, props));
  // Simulator rehydrates its store in an effect; let that promise settle.
  await act(async () => {});
  const root = result.container.querySelector<HTMLElement>('section.sim');
  if (!root) throw new Error('the simulator did not render its root section');
  return { ...result, root };
}

/** The buttons of the choices on offer, by choice id. */
export function choiceButton(root: HTMLElement, choiceId: string): HTMLButtonElement | null {
  return root.querySelector<HTMLButtonElement>(`button[data-choice="${choiceId}"]`);
}

/** The ids of the choices on offer now, in order. */
export function offeredChoices(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')].map((b) => b.dataset['choice']!);
}

/** Clicks the button of one choice; fails the test if it is not on offer. */
export function choose(root: HTMLElement, choiceId: string): void {
  const button = choiceButton(root, choiceId);
  expect(button, `choice ${choiceId} should be on offer`).not.toBeNull();
  fireEvent.click(button!);
}

/** Plays choice ids one after another (with reduced motion everything arrives at once). */
export function playPath(root: HTMLElement, path: readonly string[]): void {
  for (const id of path) choose(root, id);
}

/** Advances fake timers inside act(), so the resulting renders happen. */
export function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** The whitespace-normalised text of an element. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A choice of the fixture (or a copy) by node and id; fails loudly if it does not exist. */
export function choiceOf(s: Scenario, nodeId: string, choiceId: string) {
  const node = s.nodes[nodeId];
  const choice = node?.type === 'decision' ? node.choices.find((c) => c.id === choiceId) : undefined;
  if (!choice) throw new Error(`no choice ${nodeId}/${choiceId} in the fixture`);
  return choice;
}

/** A dictionary entry by a key built at run time (e.g. `storm.${n}`); fails loudly if missing. */
export function word(locale: Locale, key: string): string {
  const value = (dict[locale] as Record<string, string>)[key];
  if (value === undefined) throw new Error(`no ${locale} string for ${key}`);
  return value;
}
