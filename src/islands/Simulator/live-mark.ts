/**
 * Performance mark the simulator sets once it has hydrated: its choices answer clicks from then on.
 * `npm run bench` measures time to first choice up to this mark (scripts/bench/first-choice.ts).
 */
export const SIMULATOR_LIVE_MARK = 'candystorm:simulator-live';
