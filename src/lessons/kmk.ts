/**
 * The competence areas of the KMK strategy "Bildung in der digitalen Welt" (2016) that Candystorm's
 * modules build, named in our own short words. Trainers map modules to them in the overview.
 */
import type { Localised } from '../engine/index.ts';

export const KMK_COMPETENCES: Record<string, Localised> = {
  '2.1': { de: 'Mit digitalen Medien interagieren', en: 'Interacting through digital media' },
  '2.2': { de: 'Teilen', en: 'Sharing' },
  '2.3': { de: 'Zusammenarbeiten', en: 'Working together' },
  '2.4': { de: 'Umgangsregeln kennen und einhalten (Netiquette)', en: 'Knowing and keeping rules of conduct (netiquette)' },
  '2.5': { de: 'An der Gesellschaft aktiv teilhaben', en: 'Taking part in society' },
  '4.1': { de: 'Sicher in digitalen Umgebungen agieren', en: 'Acting safely in digital environments' },
  '4.3': { de: 'Gesundheit schützen', en: 'Protecting health' },
  '6.1': { de: 'Medien analysieren und bewerten', en: 'Analysing and evaluating media' },
  '6.2': { de: 'Medien in der digitalen Welt verstehen und reflektieren', en: 'Understanding and reflecting on media in the digital world' },
};

export const KMK_AREAS: Record<string, Localised> = {
  '2': { de: 'Kommunizieren und Kooperieren', en: 'Communicating and cooperating' },
  '4': { de: 'Schützen und sicher agieren', en: 'Protecting and acting safely' },
  '6': { de: 'Analysieren und Reflektieren', en: 'Analysing and reflecting' },
};
