/**
 * Feedback on a written reply (after sending in practice mode, and per step in the debrief): the
 * learner's own words with the features marked, what the moment wanted that is missing, what slipped
 * in, the outcome's feedback and points per dimension, and the model reply. Each judgement has a
 * "Das stimmt nicht / This is wrong" button that records a dispute in the run's written step.
 */
import type { FeatureId } from '../../analysis/types.ts';
import type { DecisionNode, Step, WriteOutcome } from '../../engine/index.ts';
import { FeatureChecklist } from '../reply/FeatureChecklist.tsx';
import { HighlightedReply } from '../reply/HighlightedReply.tsx';
import { useExplainingTranslate, useReplyAnalysis } from '../reply/use-reply-analysis.ts';
import { hasInvisible } from '../reply/reply-text.ts';
import { ChoiceFeedback } from './ChoiceFeedback.tsx';
import { useSimulator } from './context.ts';
import '../reply/reply.css';

interface Props {
  /** Index of the written step in the run. */
  stepIndex: number;
  step: Step;
  node: DecisionNode;
  outcome: WriteOutcome | undefined;
  /** Offer the dispute buttons (not for a run replaced by another). */
  canDispute: boolean;
}

/** The outcome a written step took, looked up in its node's write block. */
export function outcomeOf(node: DecisionNode | undefined, step: Step): WriteOutcome | undefined {
  return step.reply ? node?.write?.outcomes.find((o) => o.id === step.choiceId) : undefined;
}

export function WrittenFeedback({ stepIndex, step, node, outcome, canDispute }: Props) {
  const { locale, t: plainT, store } = useSimulator();
  const t = useExplainingTranslate(plainT, locale);
  const reply = step.reply;
  const write = node.write;
  const text = reply?.text;
  const analysed = useReplyAnalysis(text, locale);
  if (!reply || !write) return null;
  const disputed = reply.disputed ?? [];
  const name = (id: FeatureId) => t(`feature.${id}`);
  const disputeButton = (id: FeatureId) => {
    const pressed = disputed.includes(id);
    return (
      <>
        {' '}
        <button type="button" className="sim-link-button reply-dispute" aria-pressed={pressed} data-dispute={id} onClick={() => store.getState().dispute(stepIndex, id)}>
          {t('reply.dispute', { feature: name(id) })}
        </button>
        {pressed && <span className="reply-disputed"> {t('reply.disputed', { feature: name(id) })}</span>}
      </>
    );
  };
  // Without the text (not kept on this device), the features the run recorded still tell the story.
  const analysis =
    analysed.status === 'ready' && text !== undefined
      ? analysed.analysis
      : { version: reply.analyser, lang: locale, features: reply.features.map((id) => ({ id, ranges: [] })), text: { length: reply.length, words: 1, hadInvisibleCharacters: false, truncated: false } };
  return (
    <div className="sim-written" data-testid="written-feedback">
      <p className="reply-marked-label">{t('sim.write.wrote')}</p>
      {text !== undefined ? (
        <HighlightedReply text={text} features={analysed.status === 'ready' ? analysed.analysis.features : []} avoid={write.avoid} t={t} />
      ) : (
        <p className="reply-note">{t('sim.write.textGone')}</p>
      )}
      {text !== undefined && hasInvisible(text) && <p className="reply-note">{t('reply.invisible')}</p>}
      <FeatureChecklist analysis={analysis} text={text ?? ''} wants={write.wants} avoid={write.avoid} t={t} beside={canDispute ? disputeButton : undefined} />
      {!canDispute && disputed.length > 0 && <p className="reply-note">{t('sim.write.disputes', { list: disputed.map(name).join(', ') })}</p>}
      {outcome && <ChoiceFeedback choice={outcome} />}
      <p className="reply-marked-label">{t('reply.model')}:</p>
      <blockquote className="reply-model">
        <p>{write.model[locale]}</p>
      </blockquote>
      <p className="reply-note">{t('reply.limits')}</p>
    </div>
  );
}
