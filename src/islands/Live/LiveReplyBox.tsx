/**
 * The phone's reply box at a decision with a `write:` block: the participant writes their own reply
 * (besides the choices), sends it, and may change it until the reveal. The hint says the text is
 * shown to the room; a refusal (empty, too long, closed) appears right under the box, linked to it.
 */
import { useId, useState, type FormEvent } from 'react';
import { fill, type LiveWords } from '../../live/live-words.ts';

export interface LiveReplyBoxProps {
  /** The decision's length limit (its `write.maxLength`). */
  maxLength: number;
  /** What this phone sent in this round (from the server), if anything. */
  sent: string | undefined;
  /** False once the round is revealed: the box is shown, but closed. */
  open: boolean;
  words: LiveWords;
  /** Sends the reply; resolves to an error message, or undefined when it arrived. */
  send: (text: string) => Promise<string | undefined>;
}

export function LiveReplyBox({ maxLength, sent, open, words: w, send }: LiveReplyBoxProps) {
  const id = useId();
  const [text, setText] = useState(sent ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError((await send(text)) ?? '');
    setBusy(false);
  };

  const described = [`${id}-hint`, `${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <form className="live-reply" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{w.replyLabel}</label>
      <p id={`${id}-hint`} className="live-hint">
        {fill(w.replyHint, { max: maxLength })}
      </p>
      {/* No maxLength attribute: a pasted long text stays whole, and the server's message says how much to cut. */}
      <textarea id={id} name="reply" rows={4} value={text} disabled={!open} aria-describedby={described} aria-invalid={error ? true : undefined} onChange={(e) => setText(e.currentTarget.value)} />
      <p id={`${id}-count`} className="live-hint">
        {fill(w.replyCount, { n: text.trim().length, max: maxLength })}
      </p>
      {error && (
        <p id={`${id}-error`} className="live-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={!open || busy}>
        {w.replySend}
      </button>
      <p role="status" data-my-reply={sent ?? ''}>
        {sent !== undefined && open ? w.replySent : ''}
      </p>
    </form>
  );
}
