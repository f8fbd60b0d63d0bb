/**
 * A reply's text, kept as a draft on this device while the learner writes (reply-draft-storage.ts).
 * Starts empty on the server and during hydration (so both render the same), then loads the draft.
 */
import { useCallback, useEffect, useState } from 'react';
import { clearDraft, loadDraft, saveDraft } from './reply-draft-storage.ts';

export interface ReplyDraft {
  text: string;
  setText: (text: string) => void;
  /** Forgets the draft (after the reply was sent). */
  clear: () => void;
  /** True when a stored draft was unreadable and has been removed. */
  discarded: boolean;
}

export function useReplyDraft(key: string): ReplyDraft {
  const [text, setTextState] = useState('');
  const [discarded, setDiscarded] = useState(false);
  useEffect(() => {
    const loaded = loadDraft(key);
    setDiscarded(loaded.discarded);
    if (loaded.text) setTextState(loaded.text);
  }, [key]);
  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      saveDraft(key, next);
    },
    [key],
  );
  const clear = useCallback(() => {
    setTextState('');
    clearDraft(key);
  }, [key]);
  return { text, setText, clear, discarded };
}
