/**
 * A self-check question: pick an answer, check it, read why. Scored here in the browser and
 * remembered per question in localStorage; nothing leaves the device.
 */
import { useEffect, useId, useState } from 'react';
import { loadAnswer, saveAnswer } from './self-check-storage.ts';
import { liveAttribute, useLive } from '../use-live.ts';

export interface SelfCheckProps {
  /** Unique across the site, e.g. `m4-ich-botschaft`: the key the answer is remembered under. */
  id: string;
  question: string;
  options: string[];
  /** Index of the right option. */
  correct: number;
  /** Why the right answer is right, shown after checking. */
  explanation: string;
  labels: { check: string; right: string; wrong: string; again: string };
}

export default function SelfCheck({ id, question, options, correct, explanation, labels }: SelfCheckProps) {
  const name = useId();
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const saved = loadAnswer(id, options.length);
    if (saved !== undefined) {
      setPicked(saved);
      setChecked(true);
    }
  }, [id, options.length]);
  const check = () => {
    if (picked === undefined) return;
    setChecked(true);
    saveAnswer(id, picked);
  };
  const live = useLive();
  return (
    <form className="mdx-box mdx-self-check" {...liveAttribute(live)} onSubmit={(e) => (e.preventDefault(), check())}>
      <fieldset>
        <legend>{question}</legend>
        {options.map((option, i) => (
          <label key={i} className="mdx-self-check-option">
            <input
              type="radio"
              name={name}
              value={i}
              checked={picked === i}
              onChange={() => {
                setPicked(i);
                setChecked(false);
              }}
            />{' '}
            {option}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={picked === undefined}>
        {labels.check}
      </button>
      <div aria-live="polite" className="mdx-self-check-result">
        {checked && picked !== undefined && (
          <p>
            <strong>{picked === correct ? labels.right : labels.wrong}</strong> {explanation}
          </p>
        )}
      </div>
    </form>
  );
}
