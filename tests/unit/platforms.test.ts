/**
 * Platforms and their moves: each platform offers only the moderation moves it really has, the checker
 * refuses any other with file, line, path and the moves that platform does have, and the buttons use
 * the platform's own word for a move.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkScenarioFile } from '../../src/content-check/check-scenario-file.ts';
import { formatFileProblem } from '../../src/content-check/file-problem.ts';
import { checkedScenarioSchema, checkScenario, MOVE_KINDS, movesOn, platformHas, PLATFORMS, type MoveKind } from '../../src/engine/index.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { moveLabel, platformName } from '../../src/i18n/move-words.ts';
import { fixturePath } from './load-fixture.ts';

const SCENARIOS = join(fixturePath(''), '..', '..', '..', 'content', 'scenarios');
const lookup = (dict: Record<string, string>) => (key: string) => dict[key] ?? key;

describe('moves per platform', () => {
  it('lists only known move kinds, in the order of MOVE_KINDS, and every platform lets you reply, get help and wait', () => {
    for (const p of PLATFORMS) {
      const moves = movesOn(p);
      expect(moves.every((k) => (MOVE_KINDS as readonly string[]).includes(k)), p).toBe(true);
      expect([...moves].sort((a, b) => MOVE_KINDS.indexOf(a) - MOVE_KINDS.indexOf(b)), p).toEqual(moves);
      for (const k of ['reply', 'help', 'wait'] as const) expect(moves, p).toContain(k);
    }
  });

  it('follows the platforms: Instagram restricts instead of hiding, WhatsApp cannot hide, Discord times out, a review site only replies and reports', () => {
    expect(platformHas('instagram', 'hide')).toBe(false);
    expect(platformHas('instagram', 'restrict')).toBe(true);
    expect(platformHas('facebook', 'hide')).toBe(true);
    expect(platformHas('facebook', 'restrict')).toBe(false);
    expect(platformHas('whatsapp', 'hide')).toBe(false);
    expect(platformHas('whatsapp', 'remove')).toBe(true);
    expect(platformHas('discord', 'timeout')).toBe(true);
    expect(platformHas('youtube', 'dm')).toBe(false);
    expect(movesOn('reviews').filter((k) => !['escalate', 'help', 'wait'].includes(k))).toEqual(['reply', 'report']);
    // Without a platform (older scenarios, drafts) nothing is refused.
    for (const k of MOVE_KINDS) expect(platformHas(undefined, k)).toBe(true);
  });

  it('every move kind exists on at least one platform', () => {
    for (const k of MOVE_KINDS) expect(PLATFORMS.some((p) => platformHas(p, k)), k).toBe(true);
  });
});

describe('the checker on a move the platform does not have', () => {
  const file = fixturePath('broken/platform-move.yaml');

  it('names file, line, path, the move and the moves the platform has', () => {
    const [p, ...rest] = checkScenarioFile(file).problems;
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'platform-move', severity: 'error', line: 61 });
    expect(p!.message).toContain('`hide`');
    expect(p!.message).toContain('Instagram');
    expect(p!.fix).toContain(movesOn('instagram').join(', '));
    expect(p!.fix).toContain('restrict');
    expect(p!.fix).toContain('`hide` exists on: facebook');
    expect(formatFileProblem(p!)).toMatch(/platform-move\.yaml:61:\d+: error: nodes\.troll\.choices\[0\]\.kind: The move `hide`/);
  });

  it('fails the build schema at the same path, and passes once the move is one Instagram has', () => {
    const data = parse(readFileSync(file, 'utf8')) as { nodes: { troll: { choices: { kind: string }[] } } };
    const build = checkedScenarioSchema.safeParse(data);
    expect(build.success).toBe(false);
    expect(build.error!.issues.map((i) => i.path.join('.'))).toEqual(['nodes.troll.choices.0.kind']);
    data.nodes.troll.choices[0]!.kind = 'restrict';
    expect(checkScenario(data, 'platform-move').problems).toEqual([]);
  });

  it('rejects an unknown platform with the list of platforms', () => {
    const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const result = checkScenario({ ...data, platform: 'myspace' }, 'platform-move');
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.path).toEqual(['platform']);
    expect(`${result.problems[0]!.message} ${result.problems[0]!.fix}`).toContain('instagram');
  });
});

describe('the site content', () => {
  const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s names its platform and offers only its moves', (f) => {
    const data = parse(readFileSync(join(SCENARIOS, f), 'utf8')) as { platform?: string };
    expect(PLATFORMS).toContain(data.platform);
    expect(checkScenario(data).problems.filter((p) => p.code === 'platform-move')).toEqual([]);
  });
});

describe('move words', () => {
  it('uses the platform\'s own word where it has one, the general one otherwise', () => {
    expect(moveLabel(lookup(de), 'discord', 'block')).toBe('Bannen');
    expect(moveLabel(lookup(en), 'discord', 'remove')).toBe('Kick');
    expect(moveLabel(lookup(en), 'whatsapp', 'delete')).toBe('Delete for everyone');
    expect(moveLabel(lookup(de), 'facebook', 'hide')).toBe(de['move.hide']);
    expect(moveLabel(lookup(en), undefined, 'block')).toBe(en['move.block']);
    expect(platformName(lookup(de), 'whatsapp')).toBe('WhatsApp-Gruppe');
  });

  it('has a general word and a platform name in both languages, and no platform word for a move the platform lacks', () => {
    for (const dict of [de, en] as Record<string, string>[]) {
      for (const k of MOVE_KINDS) expect(dict[`move.${k}`], k).toBeTruthy();
      // The thread notes every move but a reply in words (Thread.tsx `moveDone.<kind>`).
      for (const k of MOVE_KINDS.filter((m) => m !== 'reply')) expect(dict[`moveDone.${k}`], `moveDone.${k}`).toBeTruthy();
      for (const p of PLATFORMS) expect(dict[`platform.${p}`], p).toBeTruthy();
      for (const key of Object.keys(dict).filter((k) => k.startsWith('moveOn.'))) {
        const [, platform, kind] = key.split('.') as [string, (typeof PLATFORMS)[number], MoveKind];
        expect(PLATFORMS, key).toContain(platform);
        expect(platformHas(platform, kind), key).toBe(true);
      }
    }
  });
});
