/**
 * The join page's island. A learner who is in no class sees a form: the class code (filled in from
 * `?code=` of the link the teacher shared) and a pseudonym, with a hint not to use their real name.
 * A member sees their class, their assignments with links to the lessons, results still waiting to
 * be sent or not accepted, a refresh button and "delete my data" (with a confirmation step): those
 * parts are MemberView.tsx and DeleteData.tsx.
 *
 * The page is static: the server renders the empty form, and what the browser knows (the code in
 * the address, a stored membership) appears right after hydration.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { Locale } from '../../engine/index.ts';
import { translatorFrom, type Messages, type Translate } from '../../i18n/translate.ts';
import { outbox } from '../../learner/core.ts';
import type { DeletionReport } from '../../learner/device-data.ts';
import { clearMembershipNotice, join, membershipStore, type JoinError } from '../../learner/membership-store.ts';
import { liveAttribute, useLive } from '../use-live.ts';
import { DeletionSummary, LocalData } from './DeleteData.tsx';
import { MemberView } from './MemberView.tsx';

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
    case 'class-full':
      return t('learner.error.classFull');
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


export default function JoinForm({ locale, lessons, messages }: JoinFormProps) {
  const t = useMemo(() => translatorFrom(messages), [messages]);
  const membership = useStore(membershipStore, (s) => s.membership);
  const notice = useStore(membershipStore, (s) => s.notice);
  const outboxNotice = useStore(outbox.store, (s) => s.notice);
  const [report, setReport] = useState<DeletionReport | undefined>();
  // True once the learner joined on this page view: the member view then greets them.
  const [joinedNow, setJoinedNow] = useState(false);
  const reportRef = useRef<HTMLDivElement>(null);

  const live = useLive();
  useEffect(() => outbox.start(), []);
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
              outbox.clearNotice();
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
      <p className="join-hint">{t('learner.repliesPrivacy')}</p>
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
