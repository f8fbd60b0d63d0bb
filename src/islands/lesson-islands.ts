/**
 * The islands a lesson page uses (src/mdx/*.astro). Lesson pages hydrate from this list only
 * (hydrate-lesson-islands.ts), so the other pages' islands (join, live, LTI, own scenarios) do
 * not weigh on the heaviest pages a learner opens: docs/architecture.md, "Where the bytes go".
 */
import SelfCheck from './SelfCheck/SelfCheck.tsx';
import Simulator from './Simulator/Simulator.tsx';
import WriteYourOwn from './WriteYourOwn/WriteYourOwn.tsx';

export const LESSON_ISLANDS = { Simulator, SelfCheck, WriteYourOwn } as const;

export type LessonIslandName = keyof typeof LESSON_ISLANDS;
