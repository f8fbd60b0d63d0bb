/**
 * A trainer's own scenario on the learner's play page (/spielen/<id>/, /en/play/<id>/). The page
 * cannot know the learner (the device token lives in localStorage), so this island asks the API
 * with the token once hydrated, and then renders the simulator with the version it got. Runs go to
 * the class like any assigned scenario's (the class's assignment names the scenario's id).
 */
import { useEffect, useState } from 'react';
import type { Locale, PathExtremes, Scenario } from '../../engine/index.ts';
import { scenarioForLocale } from '../../engine/one-locale.ts';
import type { Messages } from '../../i18n/translate.ts';
import { getOwnScenario } from '../../learner/api-client.ts';
import { currentMembership, refresh } from '../../learner/membership-store.ts';
import Simulator from '../Simulator/Simulator.tsx';
import { liveAttribute, useLive } from '../use-live.ts';

/** The page's words for each state (from src/i18n/trainer-scenarios-words.ts). */
export interface OwnScenarioWords {
  loading: string;
  joinFirst: string;
  join: string;
  notFound: string;
  offline: string;
}

export interface OwnScenarioPlayerProps {
  scenarioId: string;
  locale: Locale;
  messages: Messages;
  words: OwnScenarioWords;
  /** The join page of the locale. */
  joinUrl: string;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'join-first' }
  | { kind: 'not-found' }
  | { kind: 'offline' }
  | { kind: 'ready'; scenario: Scenario; extremes: Pick<PathExtremes, 'best' | 'worst'> };

export default function OwnScenarioPlayer({ scenarioId, locale, messages, words, joinUrl }: OwnScenarioPlayerProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const live = useLive();
  useEffect(() => {
    const membership = currentMembership();
    if (!membership) return setLoaded({ kind: 'join-first' });
    let current = true;
    void getOwnScenario(membership.token, scenarioId).then((answer) => {
      if (!current) return;
      if (answer.kind === 'ok' && isPlayable(answer.body)) {
        setLoaded({ kind: 'ready', scenario: answer.body.scenario, extremes: answer.body.extremes });
        // The server says it is assigned: fetch the class's assignments, so a run finished here is
        // sent even when the assignment came after this device last asked (learner/core.ts).
        void refresh();
      }
      else if (answer.kind === 'http' && (answer.status === 404 || answer.status === 401)) setLoaded({ kind: 'not-found' });
      else setLoaded({ kind: 'offline' });
    });
    return () => {
      current = false;
    };
  }, [scenarioId]);

  if (loaded.kind === 'ready') {
    return <Simulator scenario={scenarioForLocale(loaded.scenario, locale)} extremes={loaded.extremes} locale={locale} messages={messages} mode="practice" />;
  }
  return (
    <div className="own-scenario-state" {...liveAttribute(live)}>
      {loaded.kind === 'loading' && <p role="status">{words.loading}</p>}
      {loaded.kind === 'join-first' && (
        <p role="alert">
          {words.joinFirst} <a href={joinUrl}>{words.join}</a>
        </p>
      )}
      {loaded.kind === 'not-found' && <p role="alert">{words.notFound}</p>}
      {loaded.kind === 'offline' && <p role="alert">{words.offline}</p>}
    </div>
  );
}

/** The API's answer has the shape the simulator needs (it comes from our server, checked there). */
function isPlayable(body: unknown): body is { scenario: Scenario; extremes: Pick<PathExtremes, 'best' | 'worst'> } {
  if (typeof body !== 'object' || body === null) return false;
  const { scenario, extremes } = body as Record<string, unknown>;
  return typeof scenario === 'object' && scenario !== null && 'nodes' in scenario && typeof extremes === 'object' && extremes !== null;
}
