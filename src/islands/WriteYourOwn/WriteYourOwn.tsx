/**
 * "Schreib selbst / Write your own" in a lesson: the learner answers a given comment in their own
 * words and the reply analyser shows, as a checklist, what the reply does that this moment wants,
 * what is missing and what slipped in that should not. Everything happens on the device: the
 * analyser runs in a worker loaded from our own server when the task scrolls near (analyser-client.ts),
 * and the draft is kept in localStorage per task, so a reload loses nothing.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FeatureId, ReplyAnalysis, ReplyLang } from '../../analysis/types.ts';
import { translatorFrom, type Messages } from '../../i18n/translate.ts';
import { loadAnalyser } from '../reply/analyser-client.ts';
import { FeatureChecklist } from '../reply/FeatureChecklist.tsx';
import { HighlightedReply } from '../reply/HighlightedReply.tsx';
import { ReplyBox } from '../reply/ReplyBox.tsx';
import { DEFAULT_MAX_LENGTH, hasInvisible } from '../reply/reply-text.ts';
import { useNearViewport } from '../reply/use-near-viewport.ts';
import { useReplyDraft } from '../reply/use-reply-draft.ts';
import { withTexts } from '../reply/use-reply-analysis.ts';
import { liveAttribute, useLive } from '../use-live.ts';
import '../reply/reply.css';

export interface WriteYourOwnProps {
  /** Unique across the site, e.g. `m4-paket`: the key the draft is kept under. */
  id: string;
  /** Who wrote the comment (a first name or handle). */
  author: string;
  /** The comment the learner answers. */
  comment: string;
  wants: FeatureId[];
  avoid: FeatureId[];
  maxLength?: number;
  /** A reply that does what the task asks, shown for comparison after the first check. */
  example: string;
  lang: ReplyLang;
  /** The page's reply and feature strings (WriteYourOwn.astro passes only those). */
  messages: Partial<Messages>;
}

interface Checked {
  text: string;
  analysis: ReplyAnalysis;
  /** When the check finished: a new check moves focus to the result even if nothing else changed. */
  at: number;
}

export default function WriteYourOwn({ id, author, comment, wants, avoid, maxLength = DEFAULT_MAX_LENGTH, example, lang, messages }: WriteYourOwnProps) {
  const [texts, setTexts] = useState<Readonly<Record<string, string>>>({});
  const t = withTexts(translatorFrom(messages as Messages), texts);
  const headingId = useId();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLElement>(null);
  const draft = useReplyDraft(`lesson:${id}`);
  const [checked, setChecked] = useState<Checked | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const live = useLive();

  const prepare = useCallback(() => {
    loadAnalyser(lang).catch(() => undefined); // a failure shows when the learner asks for a check
  }, [lang]);

  // Load the analyser when the task comes within a screen or so of the viewport, so the first
  // check is instant; pages whose task is never reached never download it.
  const near = useNearViewport(root);
  useEffect(() => {
    if (near) prepare();
  }, [near, prepare]);

  // After each check, take the learner to the result (screen readers read its heading).
  useEffect(() => {
    if (checked) resultHeading.current?.focus();
  }, [checked]);

  const check = async (text: string) => {
    if (loading) return;
    setLoading(true);
    setFailed(false);
    try {
      const analyser = await loadAnalyser(lang);
      const analysis = await analyser.analyse(text, lang);
      setTexts(analyser.texts);
      setChecked({ text, analysis, at: Date.now() });
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  const list = (ids: FeatureId[]) => ids.map((f) => t(`feature.${f}`)).join(', ');
  return (
    <section ref={root} className="mdx-box mdx-write" aria-labelledby={headingId} {...liveAttribute(live)}>
      <p className="mdx-box-label" id={headingId}>
        {t('reply.task')}
      </p>
      <figure className="reply-comment">
        <figcaption>{t('reply.commentBy', { author })}</figcaption>
        <blockquote>
          <p>{comment}</p>
        </blockquote>
      </figure>
      <ReplyBox
        text={draft.text}
        onTextChange={draft.setText}
        onSubmit={(text) => void check(text)}
        maxLength={maxLength}
        label={t('reply.label')}
        description={
          <>
            {wants.length > 0 && <p>{t('reply.wants', { list: list(wants) })}</p>}
            {avoid.length > 0 && <p>{t('reply.avoid', { list: list(avoid) })}</p>}
            <p className="reply-private">{t('reply.private')}</p>
          </>
        }
        submitLabel={t('reply.check')}
        t={t}
        onFocus={prepare}
      />
      <div aria-live="polite" className="reply-status">
        {draft.discarded && <p>{t('reply.draftDiscarded')}</p>}
        {loading && <p>{t('reply.checking')}</p>}
        {failed && <p className="reply-error">{t('reply.loadFailed')}</p>}
      </div>
      {checked && (
        <div className="reply-result">
          <h3 ref={resultHeading} tabIndex={-1}>
            {t('reply.resultHeading')}
          </h3>
          {checked.text !== draft.text && <p className="reply-stale">{t('reply.stale')}</p>}
          <p className="reply-marked-label">{t('reply.marked')}:</p>
          <HighlightedReply text={checked.text} features={checked.analysis.features} avoid={avoid} t={t} />
          {hasInvisible(checked.text) && <p className="reply-note">{t('reply.invisible')}</p>}
          <FeatureChecklist analysis={checked.analysis} text={checked.text} wants={wants} avoid={avoid} t={t} />
          <h4>{t('reply.model')}</h4>
          <blockquote className="reply-model">
            <p>{example}</p>
          </blockquote>
          <p className="reply-note">{t('reply.limits')}</p>
        </div>
      )}
    </section>
  );
}
