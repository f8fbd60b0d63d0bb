/**
 * The simulator island: a social-media thread in which the learner runs an account and answers.
 * It plays the scenario with the engine (best and worst totals come precomputed from the build),
 * lets new comments arrive one by one, moves focus to what is new, plays sounds after the learner's
 * own actions, and keeps progress across reloads.
 *
 * It only shows what the store did: a run is finished, recorded and handed to the learner core by
 * the store's choose() (through `onFinish`), the moment the last move is made; the view reveals the
 * ending, moves focus and plays the sounds that the move's result names.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { cueForOutcome } from '../../audio/cues.ts';
import { play } from '../../audio/play.ts';
import { threadOf, writeNow, type Locale, type Outcome, type PathExtremes, type Scenario } from '../../engine/index.ts';
import { platformName } from '../../i18n/move-words.ts';
import { translatorFrom, type Messages } from '../../i18n/translate.ts';
import { resendDisputes, submitFinishedRun } from '../../learner/core.ts';
import { watchProgress } from '../../learner/progress-reports.ts';
import { createSimulatorStore, type MoveResult } from '../../stores/simulator-store.ts';
import { Announcer } from './Announcer.tsx';
import { commentVolume } from './comment-volume.ts';
import { ChoiceList } from './ChoiceList.tsx';
import { ClassLink } from './ClassLink.tsx';
import { SimulatorContext, type SimulatorContextValue, type SimulatorMode } from './context.ts';
import { Debrief } from './Debrief.tsx';
import { FeedbackPanel } from './FeedbackPanel.tsx';
import { SIMULATOR_LIVE_MARK } from './live-mark.ts';
import { Notices } from './Notices.tsx';
import { accountLabel } from './platform-skin.ts';
import { PlatformIcon } from './PlatformIcon.tsx';
import { SettingsMenu } from './SettingsMenu.tsx';
import { StatusMeter } from './StatusMeter.tsx';
import { Thread } from './Thread.tsx';
import { useAssignedMode } from './use-assigned-mode.ts';
import { useEarlyTap } from './use-early-tap.ts';
import { useReveal } from './use-reveal.ts';
import { useRunReport } from './use-run-report.ts';
import { WriteBox } from './WriteBox.tsx';
import { loadAnalyser } from '../reply/analyser-client.ts';
import { useNearViewport } from '../reply/use-near-viewport.ts';
import { liveAttribute, useLive } from '../use-live.ts';
import './simulator.css';
import './platform-skins.css';

export interface SimulatorProps {
  scenario: Scenario;
  /** Best and worst totals per dimension, from the build's graph analysis. */
  extremes: Pick<PathExtremes, 'best' | 'worst'>;
  locale: Locale;
  /** The UI strings of the page's language (src/i18n/t.ts `messagesFor`). */
  messages: Messages;
  /** practice (default): feedback after each move; test: only in the debrief. */
  mode?: SimulatorMode;
}

export default function Simulator({ scenario, extremes, locale, messages, mode: pageMode = 'practice' }: SimulatorProps) {
  // A class's assignment may set the mode; read once after mount, before the first move.
  const mode = useAssignedMode(scenario, pageMode);
  const idPrefix = useId();
  const [initial] = useState<SimulatorContextValue>(() => ({
    scenario,
    extremes,
    locale,
    mode,
    t: translatorFrom(messages),
    store: createSimulatorStore(scenario, { extremes, onFinish: (finished) => submitFinishedRun(scenario, finished), onLateDispute: (finished) => resendDisputes(scenario, finished) }),
    idPrefix,
  }));
  const value = useMemo(() => ({ ...initial, mode }), [initial, mode]);
  const { store, t } = value;
  // Before the restore below, so an outside listener (a SCORM package's reporter) sees it.
  useRunReport(store, scenario, extremes);
  // Stored progress is read after the first render, so server HTML and hydration agree.
  useEffect(() => void store.persist.rehydrate(), [store]);
  // Each move in an assigned scenario tells the class page "playing decision n of m".
  useEffect(() => watchProgress(store, scenario), [store, scenario]);
  const live = useLive();
  // Hydrated: from this first effect on, the choices answer clicks (npm run bench measures to it).
  useEffect(() => void performance.mark(SIMULATOR_LIVE_MARK, { detail: scenario.id }), [scenario.id]);

  const run = useStore(store, (s) => s.run);
  const last = useStore(store, (s) => s.last);
  const generation = useStore(store, (s) => s.generation);
  const items = useMemo(() => threadOf(scenario, run), [scenario, run]);
  const reveal = useReveal(items, generation);
  const settled = !reveal.pending;

  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const choicesHeading = useRef<HTMLHeadingElement>(null);
  const endingHeading = useRef<HTMLHeadingElement>(null);

  // Focus follows what is new: the feedback at once (practice), else the next question or the
  // ending once the new comments have arrived.
  useEffect(() => {
    if (last && mode === 'practice') feedbackHeading.current?.focus();
  }, [last, mode]);
  useEffect(() => {
    if (!last || !settled) return;
    if (run.ended) endingHeading.current?.focus();
    else if (mode === 'test') choicesHeading.current?.focus();
  }, [last, settled, run.ended, mode]);
  // A new run from the debrief removes the button just pressed: focus goes to the question, so it
  // is not lost to the page. Only then; a run restored on load must not take focus.
  const focusQuestionNext = useRef(false);
  const onNewRun = useCallback(() => void (focusQuestionNext.current = true), []);
  useEffect(() => {
    if (!focusQuestionNext.current || !settled || run.ended) return;
    focusQuestionNext.current = false;
    choicesHeading.current?.focus();
  }, [generation, settled, run.ended]);

  // A comment arriving after the learner's move gets a sound; restored runs stay silent.
  const heard = useRef({ visible: reveal.visible, generation });
  useEffect(() => {
    const before = heard.current;
    heard.current = { visible: reveal.visible, generation };
    if (before.generation !== generation || reveal.visible <= before.visible) return;
    if (items[reveal.visible - 1]?.kind === 'post') play('comment');
  }, [reveal.visible, generation, items]);

  // A move's sound comes from what the move did (its result), at once; the ending's sound once
  // the ending's comments have arrived. A run restored ended (a reload) stays silent.
  const endingCue = useRef<Outcome | undefined>(undefined);
  const onMove = useCallback((move: MoveResult) => {
    if (!move.ok) return;
    play(move.value > 0 ? 'good' : move.value < 0 ? 'bad' : 'reaction');
    endingCue.current = move.outcome;
  }, []);
  useEffect(() => {
    const outcome = endingCue.current;
    if (!settled || !outcome) return;
    endingCue.current = undefined;
    play(cueForOutcome(outcome));
  }, [settled, run]);
  // Another run replaced this one (rewound, restarted, restored): its ending sound is not due.
  useEffect(() => void (endingCue.current = undefined), [generation]);
  // A choice tapped before hydration is made now (src/islands/early-taps.ts).
  useEarlyTap(scenario, store, onMove);

  // One summary of the storm's size per move, for screen readers (the counts on screen climb).
  const volume = useMemo(() => commentVolume(run), [run]);
  const volumeSummary = volume.more > 0 ? t('volume.summary', { n: volume.more.toLocaleString(locale), r: volume.reactions.toLocaleString(locale) }) : undefined;

  const onTimeout = useCallback(
    (waitId: string | undefined) => {
      if (waitId) onMove(store.getState().choose(waitId, items.length));
    },
    [store, items.length, onMove],
  );

  // Reaching a write decision starts the analyser while its comments still arrive, so sending is
  // instant; a scenario without write decisions never loads it, nor one scrolled far out of view
  // (a lesson's first screen competes with nothing).
  const rootRef = useRef<HTMLElement>(null);
  const near = useNearViewport(rootRef);
  const atWrite = writeNow(scenario, run) !== undefined;
  useEffect(() => {
    if (atWrite && near) loadAnalyser(locale).catch(() => undefined);
  }, [atWrite, near, locale]);

  // A write decision: the reply box goes under the comment it answers, once the comments are in.
  const write = settled ? writeNow(scenario, run) : undefined;
  const shown = items.slice(0, reveal.visible);
  const targetPost = write ? shown.find((item) => item.kind === 'post' && item.postId === write.target && item.status !== 'deleted') : undefined;
  const writeBox = write && (
    <WriteBox key={`${generation}:${run.steps.length}`} write={write} authorName={targetPost?.kind === 'post' ? scenario.personas[targetPost.personaId]?.name : undefined} threadLength={items.length} onMove={onMove} />
  );

  return (
    <SimulatorContext value={value}>
      <section ref={rootRef} className="sim" aria-labelledby={`${idPrefix}-title`} data-scenario={scenario.id} data-platform={scenario.platform} data-mode={mode} {...liveAttribute(live)}>
        <header className="sim-header">
          <h2 id={`${idPrefix}-title`}>{t('sim.region', { title: scenario.title[locale] })}</h2>
          <p>{scenario.summary[locale]}</p>
          <p className="sim-role">
            {accountLabel(t, scenario.platform)}: <strong>{scenario.account.name}</strong> ({scenario.account.handle})
            {scenario.platform && (
              <>
                {' · '}
                <PlatformIcon platform={scenario.platform} />
                <span data-testid="sim-platform">{t('sim.platform', { name: platformName(t, scenario.platform) })}</span>
              </>
            )}
            <> · {t(mode === 'test' ? 'sim.testMode' : 'sim.practiceMode')}</>
          </p>
          <ClassLink />
          <SettingsMenu active={settled} onTimeout={onTimeout} />
        </header>
        <Notices />
        <StatusMeter />
        <Thread items={shown} typing={reveal.typing} replyUnder={targetPost && writeBox ? { postKey: targetPost.key, content: writeBox } : undefined} />
        {!targetPost && writeBox}
        <Announcer items={items.slice(0, reveal.visible)} summary={settled ? volumeSummary : undefined} />
        <FeedbackPanel ref={feedbackHeading} />
        {settled && <ChoiceList ref={choicesHeading} threadLength={items.length} onMove={onMove} />}
        {settled && <Debrief ref={endingHeading} onNewRun={onNewRun} />}
      </section>
    </SimulatorContext>
  );
}
