/**
 * "Schreib selbst / Write your own" in a real Chromium against the built site: the analyser loads
 * only when the task comes near, a reply written by keyboard alone gets the checklist with the
 * learner's own words marked, markup stays text, the draft survives a reload, and axe finds nothing
 * on the task before and after checking.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const lessons = [
  { lang: 'de', path: '/module/deeskalieren/', strings: de, reply: 'Du Idiot, das verstehe ich total. Schick mir bitte per DM deine Bestellnummer, dann kläre ich das heute noch. <b onmouseover=alert(1)>x</b>', insult: 'Idiot' },
  { lang: 'en', path: '/en/module/de-escalation/', strings: en, reply: "You idiot, I totally get that. Please DM me your order number and I'll sort it out today. <b onmouseover=alert(1)>x</b>", insult: 'idiot' },
] as const;

async function task(page: Page) {
  const section = page.locator('section.mdx-write').first();
  await section.scrollIntoViewIfNeeded();
  await expect(section).toHaveAttribute('data-live', '');
  return section;
}

for (const lesson of lessons) {
  test(`${lesson.lang}: the analyser loads only near the task; a keyboard-written reply gets its checklist and survives a reload`, async ({ page }) => {
    const workerRequests: string[] = [];
    page.on('request', (request) => {
      if (/analyser-worker/.test(request.url())) workerRequests.push(request.url());
    });
    await page.goto(lesson.path);
    await expect(page.locator('section.mdx-write')).toHaveAttribute('data-live', '');
    // The task sits far down the lesson: at the top of the page nothing of the analyser is loaded.
    await page.waitForLoadState('networkidle');
    expect(workerRequests).toEqual([]);

    const section = await task(page);
    await expect.poll(() => workerRequests.length).toBe(1);
    const box = section.getByRole('textbox', { name: lesson.strings['reply.label'] });
    await box.focus();
    await page.keyboard.type(lesson.reply);
    await expect(section.locator('.reply-count')).toContainText(String(lesson.reply.length));
    await page.keyboard.press('Tab');
    await expect(section.getByRole('button', { name: lesson.strings['reply.check'] })).toBeFocused();
    await page.keyboard.press('Enter');

    const heading = section.getByRole('heading', { name: lesson.strings['reply.resultHeading'] });
    await expect(heading).toBeFocused();
    // The insult is marked, named in words beside the mark, and listed as something to take out.
    const insult = section.locator('mark[data-features~="insult"]');
    await expect(insult).toHaveText(lesson.insult);
    await expect(section.locator('.reply-highlighted')).toContainText(`[${lesson.strings['feature.insult']}`);
    await expect(section.locator('.reply-group-bad li[data-feature="insult"]')).toContainText(lesson.insult);
    await expect(section.locator('.reply-group-good li[data-feature="next-step"]')).toBeVisible();
    await expect(section.locator('.reply-group-missing li[data-feature="apology"]')).toBeVisible();
    // Markup is shown as the characters typed, never run.
    await expect(section.locator('.reply-highlighted')).toContainText('<b onmouseover=alert(1)>x</b>');
    await expect(section.locator('.reply-highlighted b')).toHaveCount(0);
    // The whole lesson page, with the task checked.
    expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

    await page.reload();
    const again = await task(page);
    await expect(again.getByRole('textbox', { name: lesson.strings['reply.label'] })).toHaveValue(lesson.reply);
  });
}

test('an empty or too long reply is refused with a message linked to the box, and nothing is lost', async ({ page }) => {
  await page.goto('/module/deeskalieren/');
  const section = await task(page);
  const box = section.getByRole('textbox', { name: de['reply.label'] });
  await section.getByRole('button', { name: de['reply.check'] }).click();
  const error = section.locator('.reply-error');
  await expect(error).toHaveText(de['reply.error.empty']);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAttribute('aria-describedby', new RegExp(`${(await error.getAttribute('id'))!}`));
  await expect(box).toBeFocused();

  const long = 'Ich verstehe dich. '.repeat(600).slice(0, 10_000);
  await box.fill(long);
  await expect(error).toContainText('9500');
  await section.getByRole('button', { name: de['reply.check'] }).click();
  await expect(section.getByRole('heading', { name: de['reply.resultHeading'] })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).include('section.mdx-write').withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
  await page.reload();
  await expect((await task(page)).getByRole('textbox', { name: de['reply.label'] })).toHaveValue(long);
});
