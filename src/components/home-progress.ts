/**
 * The home page's only script (progressive enhancement, under 2 KB): fills each module card with
 * what this browser stored while playing and turns "Start with module 1" into "Continue with
 * module n". Without JavaScript, or with unreadable storage, the page stays as the server made it.
 * The words come from data attributes the server filled in the page's language.
 */
import { moduleProgress, moduleToContinue, type ModuleProgress, type ScenarioEndings } from '../stores/progress-summary.ts';

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

function describe(list: HTMLElement, p: ModuleProgress): string {
  const words = list.dataset;
  if (p.status === 'not-started') return words['wordNone'] ?? '';
  const parts = [fill(words['wordEndings'] ?? '', { found: p.endingsFound, total: p.endingsTotal })];
  if (p.best !== undefined) parts.push(fill(words['wordBest'] ?? '', { score: p.best }));
  if (p.inProgress) parts.unshift(words['wordUnderWay'] ?? '');
  return parts.join(' · ');
}

function enhance(): void {
  // No shared helper: any module shared with the islands' script would split it (progress-summary.ts).
  const storage = globalThis.localStorage;
  const list = document.querySelector<HTMLElement>('[data-module-list]');
  if (!storage || !list) return;
  const getItem = (key: string) => storage.getItem(key);
  const modules: { module: number; progress: ModuleProgress; url: string }[] = [];
  for (const card of list.querySelectorAll<HTMLElement>('[data-module]')) {
    let scenarios: ScenarioEndings[];
    try {
      scenarios = JSON.parse(card.dataset['scenarios'] ?? '[]') as ScenarioEndings[];
    } catch {
      continue;
    }
    const progress = moduleProgress(getItem, scenarios);
    const out = card.querySelector<HTMLElement>('[data-progress]');
    if (out) {
      out.textContent = describe(list, progress);
      out.dataset['status'] = progress.status;
    }
    const bar = card.querySelector<HTMLElement>('[data-progress-bar]');
    if (bar && progress.endingsTotal) bar.style.setProperty('--found', String(progress.endingsFound / progress.endingsTotal));
    modules.push({ module: Number(card.dataset['module']), progress, url: card.querySelector('a')?.getAttribute('href') ?? '' });
  }
  const target = modules.find((m) => m.module === moduleToContinue(modules));
  const action = document.querySelector<HTMLAnchorElement>('[data-first-action]');
  if (target && action) {
    action.href = target.url;
    action.textContent = fill(action.dataset['continue'] ?? '', { n: target.module });
  }
}

try {
  enhance();
} catch {
  // Whatever storage holds, the page as served still works.
}
