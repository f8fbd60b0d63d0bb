/**
 * Every React island of the site, by name. The server renders them (ReactIsland.astro) and the
 * browser hydrates them (hydrate-islands.ts) from this one list, so the two can never disagree.
 */
import type { ComponentProps } from 'react';
import JoinForm from './Join/JoinForm.tsx';
import LivePhone from './Live/LivePhone.tsx';
import LtiStart from './LtiStart/LtiStart.tsx';
import LiveProjector from './Live/LiveProjector.tsx';
import OwnScenarioPlayer from './OwnScenario/OwnScenarioPlayer.tsx';
import SelfCheck from './SelfCheck/SelfCheck.tsx';
import Simulator from './Simulator/Simulator.tsx';
import WriteYourOwn from './WriteYourOwn/WriteYourOwn.tsx';

export const ISLANDS = { Simulator, SelfCheck, JoinForm, OwnScenarioPlayer, LiveProjector, LivePhone, WriteYourOwn, LtiStart } as const;

export type IslandName = keyof typeof ISLANDS;
export type IslandProps<N extends IslandName> = ComponentProps<(typeof ISLANDS)[N]>;

export function isIslandName(name: string | undefined): name is IslandName {
  return name !== undefined && Object.hasOwn(ISLANDS, name);
}
