/**
 * The printable worksheet of a lesson: its questions and a task per simulator, each with space to
 * write, printed to PDF by Chromium with the expected number of A4 pages (three tasks a page), in
 * both languages; axe finds nothing on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Tasks counted from the lesson's source, independently of the page's code: Reflect items + simulators. */
function tasksOf(file: string): number {
  const body = readFileSync(join(ROOT, 'content', 'lessons', file), 'utf8');
  const reflect = [...body.matchAll(/<Reflect>([\s\S]*?)<\/Reflect>/g)].flatMap((m) => m[1]!.split('\n').filter((l) => /^\s*[-*]\s+\S/.test(l)));
  const simulators = new Set([...body.matchAll(/<Simulator\b[^>]*\bscenario="([^"]+)"/g)].map((m) => m[1]));
  return reflect.length + simulators.size;
}

for (const { path, file } of [
  { path: '/module/deeskalieren/arbeitsblatt/', file: 'de/04-deeskalieren.mdx' },
  { path: '/en/module/de-escalation/worksheet/', file: 'en/04-de-escalation.mdx' },
]) {
  test(`${path} lists every task with space to write and prints to the expected pages`, async ({ page }) => {
    const tasks = tasksOf(file);
    expect(tasks).toBeGreaterThan(2);
    await page.goto(path);
    await expect(page.locator('.task')).toHaveCount(tasks);
    await expect(page.locator('.task .write')).toHaveCount(tasks);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBe(Math.ceil(tasks / 3));
  });
}
