/**
 * Keyboard helpers for the accessibility tests: what has focus, whether the learner can see it, and
 * walking a page with Tab only. Nothing here clicks or calls focus(): focus moves by keys alone.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** What the focused element looks like to a keyboard user, read from the page. */
export interface FocusInfo {
  /** `tag#id.class "name"`: enough to tell in a failure message which element it was. */
  describe: string;
  tag: string;
  /** True when nothing has focus (document.activeElement is <body> or null). */
  onBody: boolean;
  outline: string;
  boxShadow: string;
  /** The element has a box of its own on screen (width and height > 0, not visibility:hidden). */
  rendered: boolean;
  /** The indicator: an outline of some width and colour, or a box-shadow. */
  visibleIndicator: boolean;
}

export async function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) {
      return { describe: '<body>', tag: 'body', onBody: true, outline: '', boxShadow: '', rendered: false, visibleIndicator: false };
    }
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.getAttribute('name') ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    const classes = [...el.classList].map((c) => `.${c}`).join('');
    return {
      describe: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes} "${name}"`,
      tag: el.tagName.toLowerCase(),
      onBody: false,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      rendered: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden',
      visibleIndicator: outlined || shadowed,
    };
  });
}

/** Fails unless something has focus, is on screen, and shows a focus ring (outline or box-shadow). */
export async function expectVisibleFocus(page: Page, where = ''): Promise<FocusInfo> {
  const info = await focusInfo(page);
  const at = where ? ` (${where})` : '';
  expect(info.onBody, `focus was lost to <body>${at}`).toBe(false);
  expect(info.rendered, `the focused ${info.describe} is not on screen${at}`).toBe(true);
  expect(info.visibleIndicator, `the focused ${info.describe} shows no focus indicator: outline ${info.outline}, box-shadow ${info.boxShadow}${at}`).toBe(true);
  return info;
}

/**
 * Presses `key` (Tab by default) until `target` has focus, checking the visible focus of every
 * element on the way; fails after `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, what: string, { key = 'Tab', limit = 300 } = {}): Promise<FocusInfo> {
  await expect(target, `${what} is on the page`).toBeVisible();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const info = await expectVisibleFocus(page, `pressing ${key} towards ${what}`);
    if (await target.evaluate((el) => el === document.activeElement)) return info;
  }
  throw new Error(`${what} was not reached with ${limit} presses of ${key}`);
}

/**
 * The elements a Tab walk must visit, in document order: links, buttons, fields and anything with
 * tabindex ≥ 0 that is rendered and enabled; of a group of radio buttons only one (the checked one,
 * else the first), as browsers do. Marked with data-tab-walk="n" so the walk can tick them off.
 */
export async function markTabbables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
    const seenRadioGroups = new Set<string>();
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0) continue;
      if ((el as HTMLButtonElement).disabled) continue;
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      if (el.closest('[inert], [hidden]')) continue;
      // The content of a closed <details> takes no focus (its own summary does).
      const folded = el.closest('details:not([open])');
      if (folded && !(el.tagName === 'SUMMARY' && el.parentElement === folded)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        const group = `${el.form?.id ?? ''}|${el.name}`;
        if (el.name && seenRadioGroups.has(group)) continue;
        const checked = el.name ? document.querySelector(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`) : null;
        if (checked && checked !== el) continue;
        seenRadioGroups.add(group);
      }
      el.dataset['tabWalk'] = String(found.length);
      found.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.innerText ?? el.getAttribute('name') ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`);
    }
    return found;
  });
}

/**
 * Tabs through the whole page from the top: every element markTabbables() found must receive focus
 * and show a visible indicator, and focus must not fall to <body> before the last one was visited.
 * Returns how many elements were visited.
 */
export async function tabThroughPage(page: Page): Promise<number> {
  const expected = await markTabbables(page);
  expect(expected.length, 'the page has focusable elements').toBeGreaterThan(0);
  const visited = new Set<number>();
  let previous: number | undefined;
  // Generous: the order may differ from the DOM's (positive tabindex), and a widget may add stops.
  for (let i = 0; i < expected.length * 2 + 10 && visited.size < expected.length; i++) {
    await page.keyboard.press('Tab');
    const missing = expected.filter((_, n) => !visited.has(n));
    const info = await expectVisibleFocus(page, `Tab ${i + 1}; not yet visited: ${missing.slice(0, 5).join(', ')}`);
    const n = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['tabWalk']);
    if (n === undefined) throw new Error(`Tab ${i + 1} focused ${info.describe}, which is not among the page's tabbable elements`);
    // A date field takes several presses (day, month, year) on the same element: that is no cycle.
    if (Number(n) === previous) continue;
    previous = Number(n);
    if (visited.has(Number(n)) && visited.size < expected.length) {
      throw new Error(`focus came back to ${info.describe} before reaching ${missing.slice(0, 5).join(', ')}`);
    }
    visited.add(Number(n));
  }
  expect(visited.size).toBe(expected.length);
  return visited.size;
}
