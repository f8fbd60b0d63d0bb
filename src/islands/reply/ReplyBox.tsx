/**
 * The box a learner writes a reply in, for the lesson task and the simulator's write decisions:
 * a labelled textarea with a description, a visible character count, the count announced politely
 * only when it crosses a zone (reply-count.ts), and errors linked with aria-describedby. Typing past
 * the limit is allowed (nothing the learner wrote is cut off) and shown; sending is blocked with a
 * message until the reply fits.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Translate } from '../../i18n/translate.ts';
import { countAnnouncement } from './reply-count.ts';
import { replyProblem, type ReplyProblem } from './reply-text.ts';

export interface ReplyBoxProps {
  /** The textarea's id, when something else must point at it; otherwise one is made. */
  boxId?: string;
  text: string;
  onTextChange: (text: string) => void;
  /** Called with the text when the learner submits a reply without a problem. */
  onSubmit: (text: string) => void;
  maxLength: number;
  label: string;
  /** What this moment wants; read with the textarea (aria-describedby). */
  description: ReactNode;
  submitLabel: string;
  t: Translate;
  /** Called when the learner starts writing: a good moment to load the analyser. */
  onFocus?: () => void;
}

export function ReplyBox({ boxId, text, onTextChange, onSubmit, maxLength, label, description, submitLabel, t, onFocus }: ReplyBoxProps) {
  const id = useId();
  const ids = { box: boxId ?? `${id}box`, description: `${id}description`, count: `${id}count`, error: `${id}error` };
  const [attempted, setAttempted] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const previousLength = useRef(text.length);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const said = countAnnouncement(previousLength.current, text.length, maxLength);
    previousLength.current = text.length;
    if (!said) return;
    if (said.kind === 'left') setAnnouncement(t('reply.announceLeft', { left: said.left }));
    else if (said.kind === 'full') setAnnouncement(t('reply.announceFull', { max: maxLength }));
    else if (said.kind === 'over') setAnnouncement(t('reply.announceOver', { over: said.over, max: maxLength }));
    else setAnnouncement(t('reply.announceBack', { left: said.left }));
  }, [text.length, maxLength, t]);

  const problem = replyProblem(text, maxLength);
  // Over the limit shows at once (the learner sees why the count turned red); the others only after
  // an attempt to send, so an empty box is not greeted with an error.
  const shown: ReplyProblem | undefined = problem === 'too-long' || attempted ? problem : undefined;
  const over = Math.max(0, text.length - maxLength);

  const submit = () => {
    setAttempted(true);
    if (problem) {
      textarea.current?.focus();
      return;
    }
    setAttempted(false);
    onSubmit(text);
  };

  return (
    <form
      className="reply-box"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={ids.box} className="reply-box-label">
        {label}
      </label>
      <div id={ids.description} className="reply-box-description">
        {description}
      </div>
      <textarea
        id={ids.box}
        ref={textarea}
        value={text}
        rows={5}
        spellCheck
        aria-describedby={[ids.description, ids.count, shown ? ids.error : undefined].filter(Boolean).join(' ')}
        aria-invalid={shown ? true : undefined}
        onFocus={onFocus}
        onChange={(event) => onTextChange(event.target.value)}
      />
      <p id={ids.count} className={over > 0 ? 'reply-count reply-count-over' : 'reply-count'}>
        {over > 0 ? t('reply.countOver', { n: text.length, max: maxLength, over }) : t('reply.count', { n: text.length, max: maxLength })}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div aria-live="polite">
        {shown && (
          <p id={ids.error} className="reply-error">
            {t(`reply.error.${shown}`, { over, max: maxLength })}
          </p>
        )}
      </div>
      {/* Never disabled: a disabled button drops the keyboard focus; a busy caller ignores the submit. */}
      <button type="submit">
        {submitLabel}
      </button>
    </form>
  );
}
