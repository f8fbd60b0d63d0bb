/**
 * The comment thread: the account's post, then comments and the learner's moves, replies nested
 * under what they answer. Text is always rendered as text, never as markup.
 */
import { useMemo } from 'react';
import { threadOf, type ThreadItem } from '../../engine/index.ts';
import { Avatar } from './Avatar.tsx';
import { useSimulator, useSimulatorState } from './context.ts';
import type { UiKeyOf } from './status-keys.ts';

function parentOf(item: ThreadItem): string | undefined {
  return item.kind === 'post' ? item.replyTo : item.target;
}

function ThreadEntry({ item, groups }: { item: ThreadItem; groups: Map<string, ThreadItem[]> }) {
  const { scenario, locale, t } = useSimulator();
  const children = groups.get(item.key) ?? [];
  let body;
  if (item.kind === 'post') {
    const persona = scenario.personas[item.personaId]!;
    body = (
      <article className={`sim-post sim-post-${item.status}`} data-testid="post">
        <Avatar name={persona.name} />
        <div className="sim-post-body">
          <p className="sim-post-head">
            <strong>{persona.name}</strong> <span className="sim-role">{persona.role[locale]}</span>
          </p>
          {item.status === 'deleted' ? (
            <p className="sim-post-note">{t('sim.post.deleted')}</p>
          ) : (
            <>
              {item.status === 'hidden' && <p className="sim-post-note">{t('sim.post.hidden')}</p>}
              <p className="sim-post-text">{item.text[locale]}</p>
            </>
          )}
          {item.likes > 0 && <p className="sim-likes">{t('sim.likes', { n: item.likes })}</p>}
        </div>
      </article>
    );
  } else if (item.move === 'reply' || item.move === 'dm') {
    body = (
      <article className={`sim-post sim-post-own${item.move === 'dm' ? ' sim-post-dm' : ''}`} data-testid="own-post">
        <Avatar name={scenario.account.name} own />
        <div className="sim-post-body">
          <p className="sim-post-head">
            <strong>{scenario.account.name}</strong> <span className="sim-role">{t('sim.you')}</span>
          </p>
          {item.move === 'dm' && <p className="sim-post-note">{t('moveDone.dm')}</p>}
          <p className="sim-post-text">{item.text[locale]}</p>
        </div>
      </article>
    );
  } else {
    body = (
      <p className="sim-move-note" data-testid="move-note">
        {t(`moveDone.${item.move}` as UiKeyOf<'moveDone'>)}
      </p>
    );
  }
  return (
    <li>
      {body}
      {children.length > 0 && (
        <ol className="sim-replies">
          {children.map((child) => (
            <ThreadEntry key={child.key} item={child} groups={groups} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** Children per parent key; top-level items under ''. */
function groupByParent(items: ThreadItem[]): Map<string, ThreadItem[]> {
  const keys = new Set(items.map((i) => i.key));
  const groups = new Map<string, ThreadItem[]>();
  for (const item of items) {
    const parent = parentOf(item);
    const at = parent && keys.has(parent) ? parent : '';
    groups.set(at, [...(groups.get(at) ?? []), item]);
  }
  return groups;
}

/** The thread of the current run, derived once per run. */
export function useThreadItems(): ThreadItem[] {
  const { scenario } = useSimulator();
  const run = useSimulatorState((s) => s.run);
  return useMemo(() => threadOf(scenario, run), [scenario, run]);
}

export function Thread() {
  const { scenario, locale, t, idPrefix } = useSimulator();
  const items = useThreadItems();
  const groups = useMemo(() => groupByParent(items), [items]);
  return (
    <section className="sim-thread" aria-labelledby={`${idPrefix}-thread`}>
      <h3 id={`${idPrefix}-thread`} className="visually-hidden">
        {t('sim.thread')}
      </h3>
      <article className="sim-post sim-post-account">
        <Avatar name={scenario.account.name} own />
        <div className="sim-post-body">
          <p className="sim-post-head">
            <strong>{scenario.account.name}</strong> <span className="sim-role">{scenario.account.handle}</span>
          </p>
          <p className="sim-post-text">{scenario.account.post[locale]}</p>
        </div>
      </article>
      <ol className="sim-comments">
        {(groups.get('') ?? []).map((item) => (
          <ThreadEntry key={item.key} item={item} groups={groups} />
        ))}
      </ol>
    </section>
  );
}
