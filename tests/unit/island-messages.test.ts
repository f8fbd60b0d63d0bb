/**
 * The simulator island gets the UI strings without the page-only ones (src/mdx/island-message-keys.ts).
 * That is only safe while no island code looks such a key up: this test reads every island source
 * (and what islands import from stores, learner and audio) and fails on a key with a page-only prefix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { PLATFORMS } from '../../src/engine/platforms.ts';
import { JOIN_ONLY_KEYS, PAGE_ONLY_KEYS, REPLY_KEYS, otherPlatformKeys } from '../../src/mdx/island-message-keys.ts';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const sources = ['islands', 'stores', 'learner', 'audio'].flatMap((dir) =>
  readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(src, dir, f), 'utf8') })),
);

describe('strings left out of the simulator island', () => {
  it('no island code uses a page-only key, literally or as a template prefix', () => {
    const prefixes = PAGE_ONLY_KEYS.source.replace(/^\^\(|\)\\\.$/g, '').split('|');
    for (const { file, text } of sources) {
      for (const prefix of prefixes) expect(text, `${file} uses a "${prefix}." key`).not.toMatch(new RegExp(`['\`]${prefix}\\.[\\w$]`));
    }
  });

  it('the simulator uses no join-form key', () => {
    for (const { file, text } of sources.filter((s) => !s.file.startsWith('islands/Join/'))) {
      for (const [key] of text.matchAll(/learner\.[\w.]*/g)) expect(JOIN_ONLY_KEYS.test(key), `${file} uses ${key}`).toBe(false);
    }
  });

  it('the patterns match real keys, and the reply keys are the reply box’s', () => {
    const keys = Object.keys(de);
    expect(keys.filter((k) => PAGE_ONLY_KEYS.test(k)).length).toBeGreaterThan(30);
    expect(keys.filter((k) => REPLY_KEYS.test(k)).length).toBeGreaterThan(40);
    expect(keys.filter((k) => PAGE_ONLY_KEYS.test(k) && k.startsWith('sim.'))).toEqual([]);
    expect(keys.filter((k) => JOIN_ONLY_KEYS.test(k)).length).toBeGreaterThan(40);
    expect(keys.filter((k) => k.startsWith('learner.link.')).some((k) => JOIN_ONLY_KEYS.test(k))).toBe(false);
  });

  it('a simulator keeps its own platform’s words and only those', () => {
    const keys = Object.keys(de);
    const kept = (platform: string | undefined) => keys.filter((k) => !otherPlatformKeys(platform).test(k));
    expect(kept('instagram')).toEqual(expect.arrayContaining(['likesOn.instagram', 'moveOn.instagram.limit', 'platform.instagram', 'move.delete', 'sim.likes']));
    expect(kept('instagram').filter((k) => /\.(facebook|youtube|discord|whatsapp|tiktok|reviews|forum)\b/.test(k))).toEqual([]);
    expect(kept('discord')).toEqual(expect.arrayContaining(['moveOn.discord.timeout', 'accountOn.discord']));
    // Every string kept per platform (`<kind>.<platform>…`) is one the pattern knows.
    for (const key of keys.filter((k) => PLATFORMS.some((p) => k.split('.')[1] === p))) {
      expect(PLATFORMS.filter((p) => !otherPlatformKeys(p).test(key)), key).toHaveLength(1);
    }
    expect(kept(undefined).filter((k) => PLATFORMS.some((p) => k.split('.')[1] === p))).toEqual([]);
  });

  it('island code looks per-platform strings up only through the platform helpers', () => {
    const helpers = ['islands/Simulator/platform-skin.ts'];
    for (const { file, text } of sources.filter((s) => !helpers.includes(s.file))) {
      expect(text, file).not.toMatch(/[`'](accountOn|likesOn|reactOn|moveOn|platform)\.\$\{/);
    }
  });
});

