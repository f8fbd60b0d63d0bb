/**
 * The comment thread: the account's post, then comments and the learner's moves, replies nested
 * under what they answer, with times, likes and how people reacted. Text is always rendered as text.
 */
import { useMemo, type ReactNode } from 'react';
import type { ThreadItem } from '../../engine/index.ts';
import { AccountPost } from './AccountPost.tsx';
import { Avatar } from './Avatar.tsx';
import { commentVolume } from './comment-volume.ts';
import { PersonaName } from './PersonaName.tsx';
import { likesLabel } from './platform-skin.ts';
import { useSimulator, useSimulatorState } from './context.ts';
import { Reactions } from './Reactions.tsx';
import type { UiKeyOf } from './status-keys.ts';
import { useClimb } from './use-climb.ts';
import type { Translate } from '../../i18n/t.ts';
import { visibleText } from '../reply/reply-text.ts';

/** Something to show under one post of the thread: the reply box of a write decision. */
export interface ReplyUnder {
  postKey: string;
  content: ReactNode;
}

/** Simulated minutes between two items of the thread: enough to make times feel real. */
const MINUTES_APART = 4;

function ago(t: Translate, minutes: number): string {
  if (minutes < 1) return t('time.now');
  if (minutes < 60) return t('time.minutes', { n: minutes });
  return t('time.hours', { n: Math.floor(minutes / 60) });
}

function parentOf(item: ThreadItem): string | undefined {
  return item.kind === 'post' ? item.replyTo : item.target;
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

interface EntryProps {
  item: ThreadItem;
  groups: Map<string, ThreadItem[]>;
  minutesAgo: Map<string, number>;
  replyUnder?: ReplyUnder | undefined;
}

function ThreadEntry({ item, groups, minutesAgo, replyUnder }: EntryProps) {
  const { scenario, locale, t } = useSimulator();
  const children = groups.get(item.key) ?? [];
  const time = <span className="sim-time">{ago(t, minutesAgo.get(item.key) ?? 0)}</span>;
  let body;
  if (item.kind === 'post') {
    const persona = scenario.personas[item.personaId]!;
    const likes = item.likes > 0 ? likesLabel(t, scenario.platform, item.likes) : undefined;
    body = (
      <article className={`sim-post sim-post-${item.status}`} data-testid="post" data-persona={item.personaId}>
        <Avatar name={persona.name} />
        <div className="sim-post-body">
          <p className="sim-post-head">
            <PersonaName name={persona.name} role={persona.role[locale]} /> · {time}
          </p>
          {item.status === 'deleted' ? (
            <p className="sim-post-note">{t('sim.post.deleted')}</p>
          ) : (
            <>
              {item.status === 'hidden' && <p className="sim-post-note">{t('sim.post.hidden')}</p>}
              <p className="sim-post-text">{item.text[locale]}</p>
            </>
          )}
          {likes && <p className="sim-likes">{likes}</p>}
        </div>
      </article>
    );
  } else if (item.move === 'reply' || item.move === 'dm') {
    body = (
      <article className={`sim-post sim-post-own${item.move === 'dm' ? ' sim-post-dm' : ''}`} data-testid="own-post">
        <Avatar name={scenario.account.name} own />
        <div className="sim-post-body">
          <p className="sim-post-head">
            <strong>{scenario.account.name}</strong> <span className="sim-role">{t('sim.you')}</span> · {time}
          </p>
          {item.move === 'dm' && <p className="sim-post-note">{t('moveDone.dm')}</p>}
          {/* A written reply is the learner's own text: invisible and bidi-control characters left out. */}
          <p className="sim-post-text">{item.written ? visibleText(item.text[locale]) : item.text[locale]}</p>
          <Reactions item={item} />
        </div>
      </article>
    );
  } else {
    body = (
      <div className="sim-move-note" data-testid="move-note">
        <p>
          {t(`moveDone.${item.move}` as UiKeyOf<'moveDone'>)} · {time}
        </p>
        <Reactions item={item} />
      </div>
    );
  }
  return (
    <li className="sim-entry">
      {body}
      {replyUnder?.postKey === item.key && replyUnder.content}
      {children.length > 0 && (
        <ol className="sim-replies">
          {children.map((child) => (
            <ThreadEntry key={child.key} item={child} groups={groups} minutesAgo={minutesAgo} replyUnder={replyUnder} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function Thread({ items, typing, replyUnder }: { items: ThreadItem[]; typing?: string | undefined; replyUnder?: ReplyUnder | undefined }) {
  const { scenario, locale, t, idPrefix } = useSimulator();
  const groups = useMemo(() => groupByParent(items), [items]);
  const run = useSimulatorState((s) => s.run);
  const volume = useMemo(() => commentVolume(run), [run]);
  const more = useClimb(volume.more);
  const minutesAgo = useMemo(
    () => new Map(items.map((item, i) => [item.key, (items.length - i) * MINUTES_APART - MINUTES_APART])),
    [items],
  );
  return (
    <section className="sim-thread" aria-labelledby={`${idPrefix}-thread ${idPrefix}-title`}>
      <h3 id={`${idPrefix}-thread`} className="visually-hidden">
        {t('sim.thread')}
      </h3>
      <AccountPost reactions={volume.reactions} />
      <ol className="sim-comments">
        {(groups.get('') ?? []).map((item) => (
          <ThreadEntry key={item.key} item={item} groups={groups} minutesAgo={minutesAgo} replyUnder={replyUnder} />
        ))}
      </ol>
      {volume.more > 0 && (
        <p className="sim-more" data-testid="more-comments">
          <span className="sim-more-stack" aria-hidden="true" />
          {t('volume.more', { n: more.toLocaleString(locale) })}
        </p>
      )}
      {typing && (
        <p className="sim-typing" data-testid="typing">
          <span className="sim-typing-dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>{' '}
          {t('sim.typing', { name: scenario.personas[typing]?.name ?? '' })}
        </p>
      )}
    </section>
  );
}
