/**
 * The tasks of a lesson's printable worksheet, read from the lesson's MDX source: every question of
 * its `<Reflect>` boxes, and for every embedded simulator a task to play it and note a decision.
 * Markup is reduced to plain text (a worksheet is paper: no links, no components).
 */
import { simulatorScenarioIds } from './lesson-schema.ts';

/** Tasks a worksheet page holds: each gets the same writing space, so pages = ceil(tasks / 3). */
export const TASKS_PER_PAGE = 3;

/** Markdown and MDX inline markup as plain text: **bold**, [text](url), <Term id="x">text</Term>. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The questions in the lesson's `<Reflect>` boxes, in order. */
export function reflectQuestions(body: string): string[] {
  const questions: string[] = [];
  for (const box of body.matchAll(/<Reflect>([\s\S]*?)<\/Reflect>/g)) {
    for (const line of box[1]!.split('\n')) {
      const item = /^\s*[-*]\s+(.+)$/.exec(line);
      if (item) questions.push(plainText(item[1]!));
    }
  }
  return questions;
}

/** The scenario ids the lesson embeds, each once, in order. */
export function worksheetScenarios(body: string): string[] {
  return [...new Set(simulatorScenarioIds(body))];
}
