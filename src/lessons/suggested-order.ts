/**
 * Suggested orders through the modules, one for school classes and one for workshops. Trainers can
 * pick any module; these orders build each module on what the earlier ones introduced.
 */
import type { Localised } from '../engine/index.ts';

export interface Track {
  id: 'school' | 'workshop';
  name: Localised;
  why: Localised;
  modules: number[];
}

export const TRACKS: Track[] = [
  {
    id: 'school',
    name: { de: 'Für Schulklassen', en: 'For school classes' },
    why: {
      de: 'Vom Verstehen zum Handeln: erst wie Online-Streit entsteht, dann Zuhören und Deeskalieren, dann Grenzen – und zum Schluss der eigene Klassenchat.',
      en: 'From understanding to acting: first how online conflict grows, then listening and de-escalating, then limits – and finally the class chat itself.',
    },
    modules: [1, 2, 3, 4, 6, 9, 10],
  },
  {
    id: 'workshop',
    name: { de: 'Für Workshops mit Social-Media-Teams', en: 'For workshops with social-media teams' },
    why: {
      de: 'Von der Haltung zum Ablauf: Dialog, Dynamik, Deeskalation und Lösungen, dann Trolle, der Krisen-Workflow und der Schutz des Teams.',
      en: 'From attitude to process: dialogue, dynamics, de-escalation and solutions, then trolls, the crisis workflow and protecting the team.',
    },
    modules: [1, 2, 4, 5, 6, 7, 8, 10],
  },
];
