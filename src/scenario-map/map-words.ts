/** The few words the map itself writes, per locale; everything else comes from the scenario. */
import type { Locale, Outcome } from '../engine/index.ts';

export interface MapWords {
  outcome: Record<Outcome, string>;
  ending: string;
  start: string;
  otherwise: string;
  strongest: string;
  problem: Record<MapProblemKind, string>;
  /** Heading of the map's section on the trainer-notes page. */
  heading: string;
  /** Heading of the text outline beside the picture. */
  outline: string;
  /** Names the scrollable region that holds the picture. */
  region: (scenarioTitle: string) => string;
  leadsTo: string;
  when: string;
  if: string;
  title: (scenarioTitle: string) => string;
  description: (decisions: number, endings: number, problems: number) => string;
}

/** The graph analysis' problems the map marks on a node. */
export type MapProblemKind = 'unreachable' | 'dead-end' | 'no-way-out' | 'scoring-loop' | 'missing';

export const MAP_WORDS: Record<Locale, MapWords> = {
  de: {
    outcome: { shitstorm: 'Shitstorm', smouldering: 'schwelend', calmed: 'beruhigt', candystorm: 'Candystorm' },
    ending: 'Ende',
    start: 'Start',
    otherwise: 'sonst',
    strongest: 'stärkster Weg',
    problem: { unreachable: 'nie erreicht', 'dead-end': 'Sackgasse', 'no-way-out': 'Schleife ohne Ausgang', 'scoring-loop': 'Punkte-Schleife', missing: 'Knoten fehlt' },
    heading: 'Szenario-Karte',
    outline: 'Die Karte als Liste',
    region: (t) => `Szenario-Karte „${t}“ (scrollbar)`,
    leadsTo: 'führt zu',
    when: 'nur wenn',
    if: 'wenn',
    title: (t) => `Szenario-Karte: ${t}`,
    description: (d, e, p) =>
      `Entscheidungen als Kästen, Wahlmöglichkeiten als Pfeile, bedingte Wege gestrichelt mit ihrer Bedingung, ${e} Enden farbig und mit Namen ihres Ausgangs; der stärkste Weg ist dick und mit ★ markiert. ${d} Entscheidungen${p ? `, ${p} Probleme mit ⚠ markiert` : ''}.`,
  },
  en: {
    outcome: { shitstorm: 'shitstorm', smouldering: 'smouldering', calmed: 'calmed', candystorm: 'candystorm' },
    ending: 'Ending',
    start: 'Start',
    otherwise: 'otherwise',
    strongest: 'strongest path',
    problem: { unreachable: 'never reached', 'dead-end': 'dead end', 'no-way-out': 'loop without exit', 'scoring-loop': 'scoring loop', missing: 'no such node' },
    heading: 'Scenario map',
    outline: 'The map as a list',
    region: (t) => `Scenario map “${t}” (scrollable)`,
    leadsTo: 'leads to',
    when: 'only when',
    if: 'if',
    title: (t) => `Scenario map: ${t}`,
    description: (d, e, p) =>
      `Decisions as boxes, choices as arrows, conditional routes dashed and labelled with their condition, ${e} endings coloured and named by outcome; the strongest path is drawn thick and marked ★. ${d} decisions${p ? `, ${p} problems marked ⚠` : ''}.`,
  },
};
