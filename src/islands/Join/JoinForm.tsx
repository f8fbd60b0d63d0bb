/**
 * The join page's island. A learner who is in no class sees a form: the class code (filled in from
 * `?code=` of the link the teacher shared) and a pseudonym, with a hint not to use their real name.
 * A member sees their class, their assignments with links to the lessons, results still waiting to
 * be sent or not accepted, a refresh button and "delete my data" (with a confirmation step).
 *
 * The page is static: the server renders the empty form, and what the browser knows (the code in
 * the address, a stored membership) appears right after hydration.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { Locale } from '../../engine/index.ts';
import { translatorFrom, type Messages, type Translate } from '../../i18n/translate.ts';
import {
  clearMembershipNotice,
  deleteMyData,
  hasLocalData,
  join,
  membershipStore,
  refresh,
  type DeletionReport,
  type JoinError,
  type Membership,
  type RefreshResult,
} from '../../learner/membership-store.ts';
import { clearOutboxNotice, flush, outboxStore, startOutbox } from '../../learner/outbox.ts';
import { rejectedReason } from '../Simulator/ClassLink.tsx';
import { liveAttribute, useLive } from '../use-live.ts';

export interface LessonLink {
  title: string;
  url: string;
}

export interface JoinFormProps {
  locale: Locale;
  /** Lessons by module number, in this page's locale. */
  lessons: Record<number, LessonLink>;
  /** The UI strings of the page's language (src/i18n/t.ts `messagesFor`). */
  messages: Messages;
}

/** The same rule as the server's (src/pages/api/join.ts), checked first so errors come in words. */
const PSEUDONYM_CHARS = /^[\p{L}\p{N} _.'-]+$/u;
const CODE_CHARS = /[^A-Za-z0-9]/g;

type Field = 'code' | 'pseudonym';
interface FormError {
  text: string;
  /** The server's own words (English), shown below ours when they add something. */
  detail?: string | undefined;
  field?: Field | undefined;
}

function joinErrorText(t: Translate, error: JoinError): string {
  switch (error) {
    case 'invalid':
      return t('learner.error.invalid');
    case 'unknown-code':
      return t('learner.error.unknownCode');
    case 'name-taken':
      return t('learner.error.nameTaken');
    case 'too-many':
      return t('learner.error.tooMany');
    case 'offline':
      return t('learner.error.offline');
    case 'already-member':
      return t('learner.error.alreadyMember');
    case 'server':
      return t('learner.error.server');
  }
}

function checkForm(t: Translate, code: string, pseudonym: string): FormError | undefined {
  const plain = code.replace(CODE_CHARS, '');
  if (!plain) return { text: t('learner.error.codeMissing'), field: 'code' };
  if (plain.length !== 8) return { text: t('learner.error.codeFormat'), field: 'code' };
  const name = pseudonym.trim();
  if (name.length < 2 || name.length > 30) return { text: t('learner.error.nameLength'), field: 'pseudonym' };
  if (!PSEUDONYM_CHARS.test(name)) return { text: t('learner.error.nameChars'), field: 'pseudonym' };
  return undefined;
}

function formatDue(locale: Locale, date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}

export default function JoinForm({ locale, lessons, messages }: JoinFormProps) {
  const t = useMemo(() => translatorFrom(messages), [messages]);
  const membership = useStore(membershipStore, (s) => s.membership);
  const notice = useStore(membershipStore, (s) => s.notice);
  const outboxNotice = useStore(outboxStore, (s) => s.notice);
  const [report, setReport] = useState<DeletionReport | undefined>();
  // True once the learner joined on this page view: the member view then greets them.
  const [joinedNow, setJoinedNow] = useState(false);
  const reportRef = useRef<HTMLDivElement>(null);

  const live = useLive();
  useEffect(() => startOutbox(), []);
  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);

  return (
    <div className="join" {...liveAttribute(live)}>
      {(notice || outboxNotice) && (
        <div className="join-notice" role="status">
          {notice && <p>{t(notice === 'membership-ended' ? 'learner.notice.ended' : 'learner.notice.reset')}</p>}
          {outboxNotice && <p>{t('learner.notice.outboxReset')}</p>}
          <button
            type="button"
            className="join-secondary"
            onClick={() => {
              clearMembershipNotice();
              clearOutboxNotice();
            }}
          >
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      {report && !membership && (
        <div className="join-report" role="status" tabIndex={-1} ref={reportRef} data-testid="deletion-report">
          <DeletionSummary t={t} report={report} />
        </div>
      )}
      {membership ? (
        <MemberView
          t={t}
          locale={locale}
          lessons={lessons}
          membership={membership}
          justJoined={joinedNow}
          onDeleted={(deleted) => {
            setReport(deleted);
            setJoinedNow(false);
          }}
        />
      ) : (
        <>
          <JoinView
            t={t}
            onJoining={(joining) => {
              // Set before the membership appears, so the member view greets instead of refreshing.
              setJoinedNow(joining);
              if (joining) setReport(undefined);
            }}
          />
          <LocalData t={t} onDeleted={setReport} />
        </>
      )}
    </div>
  );
}

// --- joining ---------------------------------------------------------------------------------

function JoinView({ t, onJoining }: { t: Translate; onJoining: (joining: boolean) => void }) {
  const id = useId();
  const [code, setCode] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const [error, setError] = useState<FormError | undefined>();
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  // The link from the teacher carries the code: /beitreten/?code=K7PM-3QXA.
  useEffect(() => {
    const fromLink = new URLSearchParams(window.location.search).get('code');
    if (fromLink) setCode(fromLink.trim().toUpperCase().slice(0, 20));
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problem = checkForm(t, code, pseudonym);
    if (problem) {
      setError(problem);
      (problem.field === 'code' ? codeRef : nameRef).current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    onJoining(true);
    const result = await join(code, pseudonym);
    if (result.ok) return; // this view is gone: the member view replaced it
    onJoining(false);
    setBusy(false);
    const field: Field | undefined = result.error === 'unknown-code' ? 'code' : result.error === 'name-taken' || result.error === 'invalid' ? 'pseudonym' : undefined;
    const detail = result.error === 'invalid' || result.error === 'server' ? result.message || undefined : undefined;
    setError({ text: joinErrorText(t, result.error), detail, field });
    if (field) (field === 'code' ? codeRef : nameRef).current?.focus();
  }

  const describe = (field: Field, hint: string) => [hint, error?.field === field ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <form className="join-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>{t('learner.join.title')}</h2>
      <div className="join-field">
        <label htmlFor={`${id}-code`}>{t('learner.code')}</label>
        <input
          ref={codeRef}
          id={`${id}-code`}
          name="code"
          type="text"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          aria-invalid={error?.field === 'code' || undefined}
          aria-describedby={describe('code', `${id}-code-hint`)}
        />
        <p id={`${id}-code-hint`} className="join-hint">
          {t('learner.codeHint')}
        </p>
      </div>
      <div className="join-field">
        <label htmlFor={`${id}-name`}>{t('learner.pseudonym')}</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          name="pseudonym"
          type="text"
          value={pseudonym}
          onChange={(e) => setPseudonym(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={30}
          required
          aria-invalid={error?.field === 'pseudonym' || undefined}
          aria-describedby={describe('pseudonym', `${id}-name-hint`)}
        />
        <p id={`${id}-name-hint`} className="join-hint">
          {t('learner.pseudonymHint')}
        </p>
      </div>
      {/* Always present, so the message is announced when it appears. */}
      <div id={`${id}-error`} role="alert" className="join-error">
        {error && (
          <>
            <p>{error.text}</p>
            {error.detail && (
              <p className="join-hint">
                {t('learner.serverSays')} <span lang="en">{error.detail}</span>
              </p>
            )}
          </>
        )}
      </div>
      <button type="submit" className="join-primary" aria-disabled={busy || undefined}>
        {busy ? t('learner.submitting') : t('learner.submit')}
      </button>
    </form>
  );
}

// --- a member's view -------------------------------------------------------------------------

interface MemberViewProps {
  t: Translate;
  locale: Locale;
  lessons: Record<number, LessonLink>;
  membership: Membership;
  /** The learner joined on this page view (else they came back as a member). */
  justJoined: boolean;
  onDeleted: (report: DeletionReport) => void;
}

function MemberView({ t, locale, lessons, membership, justJoined, onDeleted }: MemberViewProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const queued = useStore(outboxStore, (s) => s.items.length);
  const rejected = useStore(outboxStore, (s) => s.rejected);
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
    if (result === 'ok') void flush({ force: true });
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
                {a.dueDate && <>, {t('learner.due', { date: formatDue(locale, a.dueDate) })}</>})
              </li>
            );
          })}
        </ul>
      )}

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

// --- deleting --------------------------------------------------------------------------------

/** For learners in no class: their progress, settings and answers can be deleted here too. */
function LocalData({ t, onDeleted }: { t: Translate; onDeleted: (report: DeletionReport) => void }) {
  const [stored, setStored] = useState(false);
  // Read after mount (the server knows nothing of this device), and again after a deletion.
  useEffect(() => setStored(hasLocalData()), []);
  if (!stored) return null;
  return (
    <DeleteData
      t={t}
      local
      onDeleted={(report) => {
        setStored(false);
        onDeleted(report);
      }}
    />
  );
}

interface DeleteDataProps {
  t: Translate;
  /** In no class: only this device's data is deleted. */
  local?: boolean;
  onDeleted: (report: DeletionReport) => void;
}

function DeleteData({ t, local = false, onDeleted }: DeleteDataProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<{ text: string; detail?: string | undefined } | undefined>();
  const openButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function onConfirm() {
    if (busy) return;
    setBusy(true);
    setFailed(undefined);
    const result = await deleteMyData();
    setBusy(false);
    if (result.ok) {
      onDeleted(result.report);
      return;
    }
    setFailed({ text: `${t('learner.delete.failed')} ${t(result.error === 'offline' ? 'learner.error.offline' : 'learner.error.server')}`, detail: result.message || undefined });
  }

  return (
    <div className="join-delete">
      {!confirming ? (
        <button type="button" className="join-danger" ref={openButton} onClick={() => setConfirming(true)}>
          {t('learner.delete')}
        </button>
      ) : (
        <div role="group" aria-labelledby={`${id}-question`} className="join-confirm">
          <h3 id={`${id}-question`} tabIndex={-1} ref={question}>
            {t('learner.delete.confirmTitle')}
          </h3>
          <p>{t(local ? 'learner.delete.explainLocal' : 'learner.delete.explain')}</p>
          <p className="join-actions">
            <button type="button" className="join-danger" onClick={() => void onConfirm()} aria-disabled={busy || undefined}>
              {busy ? t('learner.delete.working') : t('learner.delete.confirm')}
            </button>{' '}
            <button type="button" className="join-secondary" onClick={() => setConfirming(false)} disabled={busy}>
              {t('learner.delete.cancel')}
            </button>
          </p>
        </div>
      )}
      <div role="alert">
        {failed && (
          <>
            <p>{failed.text}</p>
            {failed.detail && (
              <p className="join-hint">
                {t('learner.serverSays')} <span lang="en">{failed.detail}</span>
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function DeletionSummary({ t, report }: { t: Translate; report: DeletionReport }) {
  const device: string[] = [];
  if (report.membership) device.push(t('learner.delete.membership'));
  if (report.queuedRuns) device.push(t('learner.delete.queued', { n: report.queuedRuns }));
  if (report.progress) device.push(t('learner.delete.progress', { n: report.progress }));
  if (report.selfChecks) device.push(t('learner.delete.selfChecks', { n: report.selfChecks }));
  if (report.prefs) device.push(t('learner.delete.prefs'));
  if (report.other) device.push(t('learner.delete.other', { n: report.other }));
  return (
    <>
      <p>
        <strong>{t('learner.delete.done')}</strong>
      </p>
      {report.server === 'deleted' && <p>{t('learner.delete.server')}</p>}
      {report.server === 'unknown' && <p>{t('learner.delete.serverGone')}</p>}
      {device.length ? (
        <>
          <p>{t('learner.delete.device')}</p>
          <ul>
            {device.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('learner.delete.deviceNothing')}</p>
      )}
    </>
  );
}
