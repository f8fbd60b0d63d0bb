/** docs/reference.md is generated: it must equal what `npm run docs:reference` writes now. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReference } from '../../src/content-check/reference-tables.ts';
import { KMK_COMPETENCES } from '../../src/lessons/kmk.ts';
import { MOOD_SCALES, MOTIVES, MOVE_KINDS, movesOn, PLATFORMS } from '../../src/engine/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('docs/reference.md', () => {
  const fresh = buildReference(ROOT);

  it('is current: run `npm run docs:reference` and commit the file when this fails', () => {
    expect(readFileSync(`${ROOT}docs/reference.md`, 'utf8')).toBe(fresh);
  });

  it('lists every KMK value, motive and move kind of the schema', () => {
    for (const k of Object.keys(KMK_COMPETENCES)) expect(fresh).toContain(`| \`"${k}"\` |`);
    for (const m of MOTIVES) expect(fresh).toContain(`| \`${m}\` |`);
    for (const k of MOVE_KINDS) expect(fresh).toContain(`| \`${k}\` |`);
  });

  it('lists every platform with its moves, and every mood scale', () => {
    for (const p of PLATFORMS) {
      const row = fresh.split('\n').find((line) => line.startsWith(`| \`${p}\` |`));
      expect(row, p).toBeDefined();
      for (const k of movesOn(p)) expect(row).toContain(`\`${k}\``);
    }
    expect(fresh).toMatch(/\| `instagram` \|[^\n]*\| `reply`, `dm`, `delete`, `restrict`/);
    for (const s of MOOD_SCALES) expect(fresh).toContain(`| \`${s}\``);
  });

  it('lists the section ids of the lessons, e.g. module 1', () => {
    expect(fresh).toMatch(/### Module 1: [^\n]+\n\n\| `lessonSection` \|/);
    expect(fresh).toContain('| `dialog` |');
  });
});
