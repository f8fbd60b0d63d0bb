/**
 * Every React island of the site, by name. The server renders them (IslandMarkup.astro) and the
 * browser hydrates them (hydrate-islands.ts, or hydrate-lesson-islands.ts on lesson pages) from
 * this one list, so the two can never disagree.
 */
import type { ComponentProps } from 'react';
import JoinForm from './Join/JoinForm.tsx';
import LivePhone from './Live/LivePhone.tsx';
import LtiStart from './LtiStart/LtiStart.tsx';
import LiveProjector from './Live/LiveProjector.tsx';
import OwnScenarioPlayer from './OwnScenario/OwnScenarioPlayer.tsx';
import { LESSON_ISLANDS } from './lesson-islands.ts';

export const ISLANDS = { ...LESSON_ISLANDS, JoinForm, OwnScenarioPlayer, LiveProjector, LivePhone, LtiStart } as const;

export type IslandName = keyof typeof ISLANDS;
export type IslandProps<N extends IslandName> = ComponentProps<(typeof ISLANDS)[N]>;
