// @vitest-environment jsdom
/**
 * The lesson task "Schreib selbst / Write your own" in jsdom: the checklist against what the task
 * wants and avoids, the polite count announcements, every kind of bad input, and a draft that
 * survives a reload and corrupt storage. jsdom has no Web Workers, so the analyser client is
 * replaced by the real analyser run in-thread (only the loading is different in the browser;
 * tests/e2e/write-your-own.spec.ts covers the worker).
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { analyseReply } from '../../src/analysis/index.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import WriteYourOwn, { type WriteYourOwnProps } from '../../src/islands/WriteYourOwn/WriteYourOwn.tsx';
import { countAnnouncement } from '../../src/islands/reply/reply-count.ts';
import { fill } from './setup.ts';

// Rendering, typing and the first analysis (which compiles the word lists) take seconds on a busy
// machine: a stated budget, not vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });

vi.mock('../../src/islands/reply/analyser-client.ts', async () => {
  const { de: deTexts } = await import('../../src/i18n/de.ts');
  const { en: enTexts } = await import('../../src/i18n/en.ts');
  // The worker sends the features' explanations with 'ready' (analyser-worker.ts); so does this stand-in.
  const texts = (lang: 'de' | 'en') => Object.fromEntries(Object.entries(lang === 'en' ? enTexts : deTexts).filter(([key]) => /^feature(Why|How)\./.test(key)));
  return { loadAnalyser: async (lang: 'de' | 'en') => ({ texts: texts(lang), analyse: async (text: string, replyLang: 'de' | 'en') => analyseReply(text, replyLang) }) };
});

const DRAFT_KEY = 'candystorm:reply-draft:lesson:m4-test';

function renderTask(overrides: Partial<WriteYourOwnProps> = {}) {
  const props: WriteYourOwnProps = {
    id: 'm4-test',
    author: 'Jana',
    comment: 'Seit drei Wochen warte ich. Ihr seid echt das Letzte!',
    wants: ['acknowledge', 'apology', 'next-step'],
    avoid: ['insult', 'you-accusation'],
    example: 'Ich verstehe deinen Ärger.',
    lang: 'de',
    // What WriteYourOwn.astro passes: no explanations (they come with the analyser).
    messages: Object.fromEntries(Object.entries(de).filter(([key]) => !/^feature(Why|How)\./.test(key))),
    ...overrides,
  };
  return render(<WriteYourOwn {...props} />);
}

const box = () => screen.getByRole('textbox') as HTMLTextAreaElement;
const type = (text: string) => act(() => void fireEvent.change(box(), { target: { value: text } }));
async function submit(label = de['reply.check']) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: label }));
  });
  // The analysis resolves in a microtask after the click.
  await act(async () => {});
}
const liveCount = (root: HTMLElement) => root.querySelector('.reply-box .visually-hidden[aria-live]')!.textContent;
const errorText = (root: HTMLElement) => root.querySelector('.reply-error')?.textContent ?? '';

describe('the checklist', () => {
  it('lists wanted features found with the learner’s words, what is missing, and avoided ones that slipped in', async () => {
    const { container } = renderTask();
    type('Du Idiot. Ich verstehe deinen Ärger total. Schick mir bitte per DM deine Bestellnummer, dann kläre ich das heute noch.');
    await submit();
    expect(screen.getByRole('heading', { name: de['reply.resultHeading'] })).toBe(document.activeElement);
    const good = container.querySelector('.reply-group-good')!;
    expect(good.querySelector('[data-feature="acknowledge"]')!.textContent).toContain('Ich verstehe');
    expect(good.querySelector('[data-feature="next-step"]')).not.toBeNull();
    const missing = container.querySelector('.reply-group-missing [data-feature="apology"]')!;
    expect(missing.textContent).toContain(de['featureHow.apology']);
    const bad = container.querySelector('.reply-group-bad [data-feature="insult"]')!;
    expect(bad.querySelector('q')!.textContent).toBe('Idiot');
    expect(bad.textContent).toContain(de['featureWhy.insult']);
    // The insult is marked in the reply and named in words right after the mark, not by colour alone.
    const mark = container.querySelector('mark[data-features~="insult"]')!;
    expect(mark.textContent).toBe('Idiot');
    expect(mark.className).toContain('reply-mark-avoid');
    expect(mark.nextElementSibling!.textContent).toContain(de['feature.insult']);
    // The example reply is there to compare with.
    expect(container.querySelector('.reply-model')!.textContent).toBe('Ich verstehe deinen Ärger.');
  });

  it('says which avoided features are absent, and that nothing was recognised in a reply in another language', async () => {
    const { container } = renderTask({ lang: 'en', messages: Object.fromEntries(Object.entries(en).filter(([key]) => !/^feature(Why|How)\./.test(key))) });
    type('Merci beaucoup pour votre patience, nous regardons cela.');
    await submit(en['reply.check']);
    expect(container.querySelector('.reply-clean')!.textContent).toBe(fill(en['reply.avoidedClean'], { list: `${en['feature.insult']}, ${en['feature.you-accusation']}` }));
    expect(container.querySelector('.reply-nothing')!.textContent).toBe(en['reply.nothingFound']);
    expect(container.querySelectorAll('.reply-group-missing li')).toHaveLength(3);
  });

  it('tells the learner when the reply changed since the check', async () => {
    const { container } = renderTask();
    type('Ich verstehe dich.');
    await submit();
    expect(container.querySelector('.reply-stale')).toBeNull();
    type('Ich verstehe dich gut.');
    expect(container.querySelector('.reply-stale')!.textContent).toBe(de['reply.stale']);
  });
});

describe('the character count', () => {
  it('is announced only when it crosses a zone, not on every keystroke', async () => {
    const { container } = renderTask({ maxLength: 100 });
    type('a'.repeat(10));
    expect(liveCount(container)).toBe('');
    type('a'.repeat(79));
    expect(liveCount(container)).toBe('');
    type('a'.repeat(80));
    expect(liveCount(container)).toBe(fill(de['reply.announceLeft'], { left: 20 }));
    type('a'.repeat(85)); // same zone: the announcement stays as it was
    expect(liveCount(container)).toBe(fill(de['reply.announceLeft'], { left: 20 }));
    type('a'.repeat(92));
    expect(liveCount(container)).toBe(fill(de['reply.announceLeft'], { left: 8 }));
    type('a'.repeat(100));
    expect(liveCount(container)).toBe(fill(de['reply.announceFull'], { max: 100 }));
    type('a'.repeat(104));
    expect(liveCount(container)).toBe(fill(de['reply.announceOver'], { over: 4, max: 100 }));
    type('a'.repeat(60));
    expect(liveCount(container)).toBe(fill(de['reply.announceBack'], { left: 40 }));
    expect(container.querySelector('.reply-count')!.textContent).toBe(fill(de['reply.count'], { n: 60, max: 100 }));
  });

  it('has zones a screen reader hears at most once each way', () => {
    expect(countAnnouncement(0, 399, 500)).toBeUndefined();
    expect(countAnnouncement(399, 400, 500)).toEqual({ kind: 'left', left: 100 });
    expect(countAnnouncement(400, 401, 500)).toBeUndefined();
    expect(countAnnouncement(489, 490, 500)).toEqual({ kind: 'left', left: 10 });
    expect(countAnnouncement(490, 480, 500)).toBeUndefined();
    expect(countAnnouncement(499, 500, 500)).toEqual({ kind: 'full' });
    expect(countAnnouncement(500, 10_000, 500)).toEqual({ kind: 'over', over: 9500 });
    expect(countAnnouncement(10_000, 0, 500)).toEqual({ kind: 'back', left: 500 });
    expect(countAnnouncement(500, 100, 500)).toBeUndefined();
    expect(countAnnouncement(501, 450, 500)).toEqual({ kind: 'back', left: 50 });
  });
});

describe('bad input', () => {
  it.each([
    ['empty', '', 'reply.error.empty'],
    ['only spaces and invisible characters', '   \u200B\n\t', 'reply.error.blank'],
    ['emoji only', '😡😡🙄!!', 'reply.error.no-words'],
  ] as const)('%s: a clear message linked to the box, no analysis, the text kept', async (_, text, key) => {
    const { container } = renderTask();
    type(text);
    expect(errorText(container)).toBe(''); // not before the learner tries to check
    await submit();
    expect(errorText(container)).toBe(de[key]);
    const error = container.querySelector('.reply-error')!;
    expect(box().getAttribute('aria-describedby')!.split(' ')).toContain(error.id);
    expect(box().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(box());
    expect(container.querySelector('.reply-result')).toBeNull();
    expect(box().value).toBe(text);
  });

  it('10,000 pasted characters: kept whole, shown as over the limit at once, checking blocked with the numbers', async () => {
    const { container } = renderTask();
    const pasted = 'Ich verstehe dich. '.repeat(600).slice(0, 10_000);
    type(pasted);
    expect(box().value).toHaveLength(10_000);
    expect(errorText(container)).toBe(fill(de['reply.error.too-long'], { over: 9500, max: 500 }));
    expect(container.querySelector('.reply-count')!.textContent).toBe(fill(de['reply.countOver'], { n: 10_000, max: 500, over: 9500 }));
    await submit();
    expect(container.querySelector('.reply-result')).toBeNull();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).text).toHaveLength(10_000);
  });

  it('markup is shown as the characters typed, and bidi overrides and zero-width characters are left out of the display', async () => {
    const { container } = renderTask();
    const reply = 'Ich verstehe dich\u200B. <img src=x onerror="alert(1)"> \u202Edanke\u202C';
    type(reply);
    await submit();
    const shown = container.querySelector('.reply-highlighted')!;
    expect(shown.querySelector('img')).toBeNull();
    expect(shown.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(shown.textContent).not.toMatch(/[\u200B\u202E\u202C]/);
    expect(container.textContent).toContain(de['reply.invisible']);
    expect(box().value).toBe(reply); // the draft keeps exactly what was typed
  });
});

describe('the draft', () => {
  it('survives a reload', async () => {
    const first = renderTask();
    type('Ich verstehe deinen Ärger');
    first.unmount();
    renderTask();
    await act(async () => {});
    expect(box().value).toBe('Ich verstehe deinen Ärger');
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON of the wrong shape', '{"v":1,"text":42}'],
    ['an unknown version', '{"v":9,"text":"hi"}'],
  ])('corrupt storage (%s) is removed with a notice; the task works', async (_, stored) => {
    localStorage.setItem(DRAFT_KEY, stored);
    const { container } = renderTask();
    await act(async () => {});
    expect(box().value).toBe('');
    expect(container.querySelector('.reply-status')!.textContent).toBe(de['reply.draftDiscarded']);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    type('Danke für deine Geduld.');
    await submit();
    expect(container.querySelector('.reply-group-missing')).not.toBeNull();
  });

  it('blocked storage never breaks the page: the task works without keeping the draft', async () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const { container } = renderTask();
      await act(async () => {});
      type('Danke für deine Geduld.');
      await submit();
      expect(box().value).toBe('Danke für deine Geduld.');
      expect(container.querySelector('.reply-result')).not.toBeNull();
    } finally {
      getItem.mockRestore();
      setItem.mockRestore();
    }
  });
});
