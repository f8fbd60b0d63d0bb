/**
 * The join page for a learner who is in a class: their class, their assignments with links to the
 * lessons, results still waiting to be sent or not accepted, a refresh button and the way to
 * delete their data.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Locale } from '../../engine/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import { outbox } from '../../learner/core.ts';
import type { DeletionReport } from '../../learner/device-data.ts';
import { refresh, type Membership, type RefreshResult } from '../../learner/membership-store.ts';
import { rejectedReason } from '../Simulator/ClassLink.tsx';
import { DeleteData } from './DeleteData.tsx';
import type { LessonLink } from './JoinForm.tsx';

function formatDue(locale: Locale, date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}

// --- a member's view -------------------------------------------------------------------------

export interface MemberViewProps {
  t: Translate;
  locale: Locale;
  lessons: Record<number, LessonLink>;
  membership: Membership;
  /** The learner joined on this page view (else they came back as a member). */
  justJoined: boolean;
  onDeleted: (report: DeletionReport) => void;
}

export function MemberView({ t, locale, lessons, membership, justJoined, onDeleted }: MemberViewProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const queued = useStore(outbox.store, (s) => s.items.length);
  const rejected = useStore(outbox.store, (s) => s.rejected);
  const [refreshState, setRefreshState] = useState<'idle' | 'busy' | RefreshResult>('idle');

  // Just joined: the view replaced the form, so focus moves to its greeting. A returning member:
  // fetch new assignments quietly. Once, when the view appears.
  useEffect(() => {
    if (justJoined) heading.current?.focus();
    else void refresh();
  }, [justJoined]);

  async function onRefresh() {
    setRefreshState('busy');
    const result = await refresh();
    setRefreshState(result);
    if (result === 'ok') void outbox.flush({ force: true });
  }

  const refreshText =
    refreshState === 'busy'
      ? t('learner.refreshing')
      : refreshState === 'ok'
        ? t('learner.refreshed')
        : refreshState === 'offline'
          ? t('learner.error.offline')
          : refreshState === 'server'
            ? t('learner.error.server')
            : '';

  return (
    <section className="join-member" aria-labelledby={`${id}-title`} data-testid="membership">
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {justJoined ? t('learner.member.welcome', { className: membership.className }) : t('learner.member.title', { className: membership.className })}
      </h2>
      <p>
        {t('learner.member.as', { pseudonym: membership.pseudonym })}
        <br />
        <span className="join-hint">{t('learner.member.device')}</span>
      </p>

      <h3>{t('learner.assignments')}</h3>
      {membership.assignments.length === 0 ? (
        <p>{t('learner.noAssignments')}</p>
      ) : (
        <ul className="join-assignments">
          {membership.assignments.map((a) => {
            const lesson = lessons[a.module];
            const label = lesson ? `${t('learner.module', { n: a.module })}: ${lesson.title}` : t('learner.module', { n: a.module });
            return (
              <li key={a.module}>
                {lesson ? <a href={lesson.url}>{label}</a> : label} ({t(a.mode === 'test' ? 'learner.mode.test' : 'learner.mode.practice')}
                {a.dueDate && <>, {t('learner.due', { date: formatDue(locale, a.dueDate) })}</>}
                {a.collectReplies && <>, {t('learner.collecting')}</>})
              </li>
            );
          })}
        </ul>
      )}

      <p className="join-hint">{t('learner.repliesPrivacy')}</p>

      <h3>{t('learner.results')}</h3>
      <p role="status">{queued === 0 ? t('learner.allSent') : t(queued === 1 ? 'learner.queued.one' : 'learner.queued.other', { n: queued })}</p>
      {rejected.length > 0 && (
        <>
          <h4>{t('learner.rejected.title')}</h4>
          <ul className="join-rejected">
            {rejected.map((r) => (
              <li key={r.id}>
                {r.scenarioId}: {rejectedReason(t, r.status)}
                {r.message && (
                  <>
                    {' '}
                    <span className="join-hint" lang="en">
                      ({r.message})
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="join-actions">
        <button type="button" className="join-secondary" onClick={() => void onRefresh()} aria-disabled={refreshState === 'busy' || undefined}>
          {t('learner.refresh')}
        </button>{' '}
        <span role="status">{refreshText}</span>
      </p>

      <DeleteData t={t} onDeleted={onDeleted} />
    </section>
  );
}

