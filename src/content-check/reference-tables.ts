/**
 * docs/reference.md, generated from the content and the schema by `npm run docs:reference`, so
 * authors can look up what they must point at: modules, the lesson sections `lessonSection` can
 * name, KMK values, persona motives, move kinds, outcomes, dimensions and the Shitstorm scale.
 * A unit test fails when the committed file differs from what this writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIMENSIONS, LOCALES, MOOD_SCALES, MOTIVES, MOVE_KINDS, movesOn, OUTCOMES, PLATFORMS, STORM_LEVELS, type Locale, type MoodBand, type Motive, DEFAULT_MOOD_SCALE } from '../engine/index.ts';
import { moodWord } from '../i18n/mood-words.ts';
import { moveLabel, platformName } from '../i18n/move-words.ts';
import { t } from '../i18n/t.ts';
import { KMK_COMPETENCES } from '../lessons/kmk.ts';
import { lessonSlug, simulatorScenarioIds } from '../lessons/lesson-schema.ts';
import { AUDIENCE_MAX, AUDIENCE_MIN, MOOD_MAX, MOOD_MIN, SCORE_MAX, SCORE_MIN } from '../engine/scales.ts';

/** What each motive means for how a persona writes: our words, kept beside the schema's list. */
const MOTIVE_MEANING: Record<Motive, string> = {
  complainant: 'Has a real complaint and wants it solved; calms down when heard and helped.',
  troll: 'Wants attention and a reaction, not a solution; feeding them makes it worse.',
  supporter: 'Backs the account; can be strengthened, or driven off by a bad move.',
  'silent-reader': 'Reads along without writing; may speak up when the tone changes.',
  journalist: 'Asks for a statement to report on; facts and clarity matter most.',
  colleague: 'Someone from inside the organisation who helps, or needs to be told what is going on.',
};

/** The mood bands of storm-scale.ts `moodBand`, with the values each covers. */
const MOOD_BANDS: [MoodBand, string][] = [
  ['furious', `${MOOD_MIN} .. -60`],
  ['angry', '-59 .. -20'],
  ['neutral', '-19 .. +19'],
  ['friendly', '+20 .. +59'],
  ['delighted', `+60 .. +${MOOD_MAX}`],
];

interface LessonFacts {
  module: number;
  locale: Locale;
  title: string;
  slug: string;
  level: string;
  minutes: number;
  kmk: string[];
  scenarios: string[];
  /** Heading id -> heading text. */
  sections: Map<string, string>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const HEADING = /<h([2-6])\s+id="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

function readLessons(root: string): LessonFacts[] {
  return LOCALES.flatMap((locale) => {
    const dir = join(root, 'content/lessons', locale);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
    } catch {
      return [];
    }
    return files.flatMap((file): LessonFacts[] => {
      const text = readFileSync(join(dir, file), 'utf8');
      const front = FRONTMATTER.exec(text);
      if (!front) return [];
      const data = parse(front[1]!) as { title: string; module: number; level: string; minutes: number; kmk: string[] };
      const sections = new Map([...text.matchAll(HEADING)].map((m) => [m[2]!, m[3]!.replace(/<[^>]+>/g, '').trim()]));
      return [{ module: data.module, locale, title: data.title, slug: lessonSlug(file.replace(/\.mdx$/, '')), level: data.level, minutes: data.minutes, kmk: data.kmk ?? [], scenarios: [...new Set(simulatorScenarioIds(text))], sections }];
    });
  });
}

/** `|` would end a table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/** The whole of docs/reference.md. */
export function buildReference(root: string): string {
  const lessons = readLessons(root);
  const modules = [...new Set(lessons.map((l) => l.module))].sort((a, b) => a - b);
  const of = (module: number, locale: Locale) => lessons.find((l) => l.module === module && l.locale === locale);

  const moduleRows = modules.map((m) => {
    const de = of(m, 'de');
    const en = of(m, 'en');
    const any = de ?? en!;
    return [String(m), de ? `${de.title} (\`${de.slug}\`)` : '—', en ? `${en.title} (\`${en.slug}\`)` : '—', any.level, String(any.minutes), any.kmk.join(', '), any.scenarios.map((s) => `\`${s}\``).join(', ') || '—'];
  });

  const sectionParts = modules.map((m) => {
    const de = of(m, 'de');
    const en = of(m, 'en');
    const ids = [...new Set([...(de?.sections.keys() ?? []), ...(en?.sections.keys() ?? [])])].sort();
    const rows = ids.map((id) => [`\`${id}\``, de?.sections.get(id) ?? '— (missing: the link would go nowhere in German)', en?.sections.get(id) ?? '— (missing: the link would go nowhere in English)']);
    return `### Module ${m}${de || en ? `: ${(en ?? de)!.title}` : ''}\n\n${rows.length ? table(['`lessonSection`', 'German heading', 'English heading'], rows) : 'No heading has an id yet.'}`;
  });

  const scenarioRows = readdirSync(join(root, 'content/scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const data = parse(readFileSync(join(root, 'content/scenarios', f), 'utf8')) as { id: string; module: number; title: { en: string } };
      const embedded = lessons.filter((l) => l.scenarios.includes(data.id)).map((l) => `${l.locale}/${l.slug}`);
      return [`\`${data.id}\``, String(data.module), data.title.en, embedded.join(', ') || '— (not embedded)'];
    });

  return `<!-- Generated by \`npm run docs:reference\` from content/ and src/engine/scenario-schema.ts. Do not edit by hand: run the command again. -->

# Reference: what a scenario or lesson can point at

Authors' look-up tables, generated from the content and the schema, so they are always current.
The format itself is explained in [scenario-format.md](scenario-format.md) and
[writing-lessons.md](writing-lessons.md).

Contents: [Modules](#modules) · [Lesson sections](#lesson-sections-for-lessonsection) ·
[Scenarios](#scenarios) · [KMK competences](#kmk-competences-kmk) · [Persona motives](#persona-motives-motive) ·
[Move kinds](#move-kinds-kind) · [Moves per platform](#moves-per-platform-platform) · [Outcomes](#ending-outcomes-outcome) · [Dimensions](#dimensions-scores) ·
[Scales](#scales)

## Modules

A scenario's \`module\` and a lesson's \`module\` are one of these numbers. The German and the English
lesson of a module find each other by it; the slug is the lesson's URL.

${table(['`module`', 'German lesson (slug)', 'English lesson (slug)', '`level`', '`minutes`', '`kmk`', 'Scenarios embedded'], moduleRows)}

## Lesson sections (for \`lessonSection\`)

A choice's \`lessonSection\` links its feedback to a heading of the lesson page the simulator is
embedded in, so use an id from the module of the lesson that embeds the scenario. Use an id that both
languages have: the link is followed on the German and on the English page. A heading gets an id
in the lesson as \`<h2 id="aktiv-zuhoeren">Aktiv zuhören</h2>\`.

${sectionParts.join('\n\n')}

## Scenarios

${table(['`id`', '`module`', 'Title', 'Embedded in (locale/slug)'], scenarioRows)}

## KMK competences (\`kmk\`)

Competences of the KMK strategy "Bildung in der digitalen Welt" (2016) that a lesson's \`kmk\` list can name.

${table(['Value', 'German', 'English'], Object.entries(KMK_COMPETENCES).map(([k, v]) => [`\`"${k}"\``, v.de, v.en]))}

## Persona motives (\`motive\`)

${table(['`motive`', 'What it means for how the persona writes and reacts'], MOTIVES.map((m) => [`\`${m}\``, MOTIVE_MEANING[m]]))}

## Move kinds (\`kind\`)

The button shows the label, then the choice's \`text\`. A scenario that names its \`platform\` may
offer only the moves that platform has, and the button then uses the platform's own word (next table).

${table(['`kind`', 'Label (de)', 'Label (en)'], MOVE_KINDS.map((k) => [`\`${k}\``, t('de', `move.${k}`), t('en', `move.${k}`)]))}

## Moves per platform (\`platform\`)

What each platform lets the learner do, from the platforms' help pages (sources and the date they
were checked: [scenario-format.md](scenario-format.md#platform)). The checker refuses any other move
in a scenario on that platform. Words in brackets are what the button says there (de / en) where the
platform has its own name for the move.

${table(['`platform`', 'Shown as (de / en)', 'Moves'], PLATFORMS.map((p) => [`\`${p}\``, `${platformName((k) => t('de', k), p)} / ${platformName((k) => t('en', k), p)}`, movesOn(p).map((k) => { const de = moveLabel((key) => t('de', key), p, k); const en = moveLabel((key) => t('en', key), p, k); return de === t('de', `move.${k}`) && en === t('en', `move.${k}`) ? `\`${k}\`` : `\`${k}\` (${de} / ${en})`; }).join(', ')]))}

## Ending outcomes (\`outcome\`)

From worst to best.

${table(['`outcome`', 'Shown as (de)', 'Shown as (en)'], OUTCOMES.map((o) => [`\`${o}\``, t('de', `outcome.${o}`), t('en', `outcome.${o}`)]))}

## Dimensions (\`scores\`)

Each a whole number from ${SCORE_MIN} to +${SCORE_MAX}; a dimension left out scores 0.

${table(['Key', 'German', 'English'], DIMENSIONS.map((d) => [`\`${d}\``, t('de', `dimension.${d}`), t('en', `dimension.${d}`)]))}

## Scales

- \`audience\` (initial value, effects, conditions): ${AUDIENCE_MIN} (shitstorm) to +${AUDIENCE_MAX} (candystorm).
- A persona's \`mood\`: ${MOOD_MIN} to +${MOOD_MAX}. Its \`scale\` says which words the thread uses for it (same numbers, same bands):

${table(['`scale`', ...MOOD_BANDS.map(([, range]) => range)], MOOD_SCALES.map((sc) => [`\`${sc}\`${sc === DEFAULT_MOOD_SCALE ? ' (default)' : ''}`, ...MOOD_BANDS.map(([band]) => `${moodWord((k) => t('de', k), sc, band)} / ${moodWord((k) => t('en', k), sc, band)}`)]))}

- \`storm\`, the level on the Shitstorm scale:

${table(['`storm`', 'German', 'English'], STORM_LEVELS.map((l) => [String(l), t('de', `storm.${l}` as Parameters<typeof t>[1]), t('en', `storm.${l}` as Parameters<typeof t>[1])]))}
`;
}
