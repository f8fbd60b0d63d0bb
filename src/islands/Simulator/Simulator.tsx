/**
 * The simulator island: a social-media thread in which the learner runs an account and answers.
 * It plays the scenario with the engine; best and worst paths come precomputed from the build.
 */
import { useId, useState } from 'react';
import type { Locale, PathExtremes, Scenario } from '../../engine/index.ts';
import { translator } from '../../i18n/t.ts';
import { createSimulatorStore } from '../../stores/simulator-store.ts';
import { Announcer } from './Announcer.tsx';
import { ChoiceList } from './ChoiceList.tsx';
import { SimulatorContext, type SimulatorContextValue } from './context.ts';
import { EndingPanel } from './EndingPanel.tsx';
import { FeedbackPanel } from './FeedbackPanel.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Thread } from './Thread.tsx';
import './simulator.css';

export interface SimulatorProps {
  scenario: Scenario;
  extremes: PathExtremes;
  locale: Locale;
}

export default function Simulator({ scenario, extremes, locale }: SimulatorProps) {
  const idPrefix = useId();
  const [value] = useState<SimulatorContextValue>(() => ({
    scenario,
    extremes,
    locale,
    t: translator(locale),
    store: createSimulatorStore(scenario),
    idPrefix,
  }));
  return (
    <SimulatorContext value={value}>
      <section className="sim" aria-labelledby={`${idPrefix}-title`} data-scenario={scenario.id}>
        <header className="sim-header">
          <h2 id={`${idPrefix}-title`}>{value.t('sim.region', { title: scenario.title[locale] })}</h2>
          <p>{scenario.summary[locale]}</p>
          <p className="sim-role">
            {value.t('sim.account')}: <strong>{scenario.account.name}</strong> ({scenario.account.handle})
          </p>
        </header>
        <StatusBar />
        <Thread />
        <Announcer />
        <FeedbackPanel />
        <ChoiceList />
        <EndingPanel />
      </section>
    </SimulatorContext>
  );
}
