/**
 * What the analyser found in a reply, as a checklist against what the moment wants and must avoid:
 * wanted and found (with the learner's own words), wanted and missing (why it helps, how to add it),
 * avoided but found (with the words, why it harms, what to do instead), and anything else it found.
 * Each group has a heading in words, so the ✓ and ✗ signs are decoration only.
 */
import type { ReactNode } from 'react';
import type { FeatureId, ReplyAnalysis } from '../../analysis/types.ts';
import type { Translate } from '../../i18n/translate.ts';
import { wordsOf } from './reply-text.ts';

export interface FeatureChecklistProps {
  analysis: ReplyAnalysis;
  /** The text that was analysed (the analysis' ranges point into it). */
  text: string;
  wants: readonly FeatureId[];
  avoid: readonly FeatureId[];
  t: Translate;
  /** Something to show beside each judgement (found or missing), e.g. the simulator's dispute button. */
  beside?: ((feature: FeatureId) => ReactNode) | undefined;
}

/** The string, or '' when the dictionary lacks it (a translator answers a missing key with the key). */
function say(t: Translate, key: `featureWhy.${FeatureId}` | `featureHow.${FeatureId}`): string {
  const text = t(key);
  return text === key ? '' : text;
}

export function FeatureChecklist({ analysis, text, wants, avoid, t, beside }: FeatureChecklistProps) {
  const byId = new Map(analysis.features.map((f) => [f.id, f]));
  const wantedFound = wants.filter((id) => byId.has(id));
  const wantedMissing = wants.filter((id) => !byId.has(id));
  const avoidedFound = avoid.filter((id) => byId.has(id));
  const avoidedClean = avoid.filter((id) => !byId.has(id));
  const other = analysis.features.map((f) => f.id).filter((id) => !wants.includes(id) && !avoid.includes(id));
  const name = (id: FeatureId) => t(`feature.${id}`);
  // Explanations arrive with the analyser (use-reply-analysis.ts); a missing one is left out, never shown as its key.
  const why = (id: FeatureId) => say(t, `featureWhy.${id}`);
  const how = (id: FeatureId) => say(t, `featureHow.${id}`);
  const words = (id: FeatureId) => {
    const list = wordsOf(text, byId.get(id));
    return list.length === 0 ? null : (
      <>
        {' '}
        {t('reply.yourWords')} {list.map((w, i) => <q key={i} className="reply-words">{w}</q>).reduce<ReactNode[]>((all, q, i) => (i === 0 ? [q] : [...all, ', ', q]), [])}
      </>
    );
  };
  const found = (id: FeatureId, extra?: ReactNode) => (
    <li key={id} data-feature={id}>
      <strong>{name(id)}</strong>
      {words(id)}
      {extra}
      {beside?.(id)}
    </li>
  );

  return (
    <div className="reply-checklist">
      {wantedFound.length > 0 && (
        <section className="reply-group reply-group-good">
          <h4><span aria-hidden="true">✓ </span>{t('reply.wantedFound')}</h4>
          <ul>{wantedFound.map((id) => found(id))}</ul>
        </section>
      )}
      {wantedMissing.length > 0 && (
        <section className="reply-group reply-group-missing">
          <h4><span aria-hidden="true">○ </span>{t('reply.wantedMissing')}</h4>
          <ul>
            {wantedMissing.map((id) => (
              <li key={id} data-feature={id}>
                <strong>{name(id)}</strong>
                {why(id) && <>: {why(id)}</>} {how(id)}
                {beside?.(id)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {avoidedFound.length > 0 && (
        <section className="reply-group reply-group-bad">
          <h4><span aria-hidden="true">✗ </span>{t('reply.avoidedFound')}</h4>
          <ul>{avoidedFound.map((id) => found(id, <span className="reply-explain"> {why(id)} {how(id)}</span>))}</ul>
        </section>
      )}
      {avoidedClean.length > 0 && <p className="reply-clean">{t('reply.avoidedClean', { list: avoidedClean.map(name).join(', ') })}</p>}
      {other.length > 0 && (
        <section className="reply-group">
          <h4>{t('reply.otherFound')}</h4>
          <ul>{other.map((id) => found(id, <span className="reply-explain"> {why(id)}</span>))}</ul>
        </section>
      )}
      {analysis.features.length === 0 && analysis.text.words > 0 && <p className="reply-nothing">{t('reply.nothingFound')}</p>}
    </div>
  );
}
