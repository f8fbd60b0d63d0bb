/**
 * The reply box of a write decision, placed in the thread under the comment being answered: the
 * learner writes, the analyser (in its worker, started as soon as the decision is reached) finds the
 * features, and the store takes the reply like a choice (its outcome follows from the features).
 * The draft is kept on the device per scenario and decision until the reply is sent.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import type { FeatureId } from '../../analysis/types.ts';
import type { WriteBlock } from '../../engine/index.ts';
import { membershipStore } from '../../learner/membership-store.ts';
import type { MoveResult } from '../../stores/simulator-store.ts';
import { loadAnalyser } from '../reply/analyser-client.ts';
import { ReplyBox } from '../reply/ReplyBox.tsx';
import { useReplyDraft } from '../reply/use-reply-draft.ts';
import { analyseCached } from '../reply/use-reply-analysis.ts';
import { useLive } from '../use-live.ts';
import { useSimulator, useSimulatorState } from './context.ts';
import '../reply/reply.css';

interface Props {
  write: WriteBlock;
  /** Whose comment this answers, for the label. */
  authorName: string | undefined;
  threadLength: number;
  onMove(move: MoveResult): void;
}

/** The id of the write box's textarea, so "write your own reply" beside the choices can focus it. */
export const writeBoxId = (idPrefix: string) => `${idPrefix}-write`;

export function WriteBox({ write, authorName, threadLength, onMove }: Props) {
  const { scenario, locale, t, store, idPrefix } = useSimulator();
  const nodeId = useSimulatorState((s) => s.run.nodeId);
  const draft = useReplyDraft(`sim:${scenario.id}:${nodeId}`);
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  // Where the reply goes, as learner core's submitFinishedRun decides it: nowhere (not in a class
  // with this module), features only, or with the text (the trainer collects replies). Read after
  // hydration, so server HTML and the first client render agree.
  const live = useLive();
  const assignment = useStore(membershipStore, (s) => s.membership?.assignments.find((a) => a.module === scenario.module));
  const privacy = !live ? 'sim.write.private' : !assignment ? 'sim.write.privateAlone' : assignment.collectReplies === true ? 'sim.write.collected' : 'sim.write.privateFeatures';

  const send = async (text: string) => {
    if (sending) return;
    setSending(true);
    setFailed(false);
    try {
      const analysis = await analyseCached(text, locale);
      const move = store.getState().write({ features: analysis.features.map((f) => f.id), analyser: analysis.version, length: text.length, text }, threadLength);
      if (move.ok) draft.clear();
      else setFailed(true);
      onMove(move);
    } catch {
      setFailed(true);
    } finally {
      setSending(false);
    }
  };

  const list = (ids: readonly FeatureId[]) => ids.map((f) => t(`feature.${f}`)).join(', ');
  return (
    <div className="sim-write" data-testid="write-box">
      <ReplyBox
        boxId={writeBoxId(idPrefix)}
        text={draft.text}
        onTextChange={draft.setText}
        onSubmit={(text) => void send(text)}
        maxLength={write.maxLength}
        label={authorName ? t('sim.write.label', { name: authorName }) : t('sim.write.labelAll')}
        description={
          <>
            {write.wants.length > 0 && <p>{t('reply.wants', { list: list(write.wants) })}</p>}
            {write.avoid.length > 0 && <p>{t('reply.avoid', { list: list(write.avoid) })}</p>}
            <p className="reply-private" data-privacy={privacy}>
              {t(privacy)}
            </p>
          </>
        }
        submitLabel={t('reply.send')}
        t={t}
        // Simulator.tsx starts the analyser when this decision is reached near the viewport; focus
        // covers any other way here.
        onFocus={() => void loadAnalyser(locale).catch(() => undefined)}
      />
      <div aria-live="polite">
        {draft.discarded && <p>{t('reply.draftDiscarded')}</p>}
        {failed && <p className="reply-error">{t('sim.write.failed')}</p>}
      </div>
    </div>
  );
}
