import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/engine/locales.ts';
import { dialable, HELP_CHECKED, HELP_REGIONS } from '../../src/safety/help-contacts.ts';
import { HELP_SOURCES, HELP_TEXT } from '../../src/safety/help-page-text.ts';
import { LAW_CHECKED, LAW_SECTIONS, LAW_TEXT } from '../../src/safety/legal-orientation.ts';

const contacts = HELP_REGIONS.flatMap((r) => r.contacts.map((c) => ({ region: r.id, ...c })));

describe('help contacts', () => {
  it('cover Germany, Austria and Switzerland, with 116 111 in Germany and 147 in Austria and Switzerland', () => {
    expect(HELP_REGIONS.map((r) => r.id)).toEqual(['de', 'at', 'ch']);
    expect(contacts.filter((c) => c.phones.includes('116 111')).map((c) => c.region)).toEqual(['de']);
    expect(contacts.filter((c) => c.phones.includes('147')).map((c) => c.region).sort()).toEqual(['at', 'ch']);
  });

  it('say for every contact what it is for, who for, how to reach it and on what terms, in every locale', () => {
    for (const c of contacts) {
      for (const field of [c.forWhat, c.forWhom, c.reach, c.terms]) {
        for (const locale of LOCALES) expect(field[locale].trim(), `${c.id} ${locale}`).not.toBe('');
      }
      expect(c.url, c.id).toMatch(/^https:\/\/[^/]+\//);
    }
  });

  it('have unique ids, usable as anchors', () => {
    const ids = contacts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('turn written numbers into numbers a phone can dial', () => {
    expect(dialable('0800 111 0 550')).toBe('08001110550');
    expect(dialable('030 252 088 38')).toBe('03025208838');
    for (const c of contacts) for (const phone of c.phones) expect(dialable(phone)).toMatch(/^\d{3,}$/);
  });

  it('are dated, and the page tells readers to check them', () => {
    expect(HELP_CHECKED).toMatch(/^\d{4}-\d{2}$/);
    for (const locale of LOCALES) expect(HELP_TEXT.checked[locale]).toContain('{date}');
    expect(HELP_SOURCES.length).toBeGreaterThan(0);
  });

  it('keep the image rule: never save or forward, tell an adult', () => {
    expect(HELP_TEXT.images.de.join(' ')).toMatch(/nicht weiter/);
    expect(HELP_TEXT.images.en.join(' ')).toMatch(/do not forward/);
  });
});

describe('legal orientation', () => {
  const items = LAW_SECTIONS.flatMap((s) => s.items);

  it('backs every statement with at least one source, official links only', () => {
    expect(items.length).toBeGreaterThanOrEqual(12);
    for (const item of items) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const s of item.sources) {
        if (s.url) expect(s.url, item.id).toMatch(/^https:\/\/(www\.gesetze-im-internet\.de|eur-lex\.europa\.eu|www\.bundesverfassungsgericht\.de)\//);
      }
    }
  });

  it('names every offence the brief asks for', () => {
    const labels = items.flatMap((i) => i.sources.map((s) => s.label));
    for (const section of ['185', '186', '187', '130', '126', '241', '201a', '184b', '184c', '77b', '194', '19']) {
      expect(labels, section).toContain(`§ ${section} StGB`);
    }
    expect(labels).toContain('§ 22 KUG');
    expect(labels.some((l) => l.startsWith('Art. 16 DSA'))).toBe(true);
  });

  it('is dated to the day and says it is not advice, in every locale', () => {
    expect(LAW_CHECKED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const locale of LOCALES) {
      expect(LAW_TEXT.notAdvice[locale].length).toBeGreaterThan(40);
      for (const item of items) expect(item.text[locale].trim(), `${item.id} ${locale}`).not.toBe('');
    }
  });
});
