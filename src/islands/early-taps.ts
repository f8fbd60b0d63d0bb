/**
 * No lost taps: on a slow phone the simulator's first choices are on screen well before the
 * islands' script has run. A tiny inline script (EARLY_TAPS_SCRIPT, placed before the first
 * simulator by IslandMarkup.astro) catches a tap or key press (Enter/Space give a click) on a choice
 * while its simulator is not live yet, keeps the first one per simulator and stops it there, so
 * nothing else (React replaying events during hydration) handles it too. Once live, the simulator
 * takes it (takeEarlyTap) and makes that move, once; from then on its clicks pass untouched.
 */

/** Where the inline script keeps the taps: scenario id -> choice id (first tap wins). */
export const EARLY_TAPS_GLOBAL = '__candystormEarlyTaps';

/**
 * The inline script. Plain ES5 (it runs before anything else), no quotes that HTML would mangle.
 * The Content-Security-Policy lists its hash like every inline script's (inline-script-hashes.ts).
 */
export const EARLY_TAPS_SCRIPT = `(function(){var w=window,k=${JSON.stringify(EARLY_TAPS_GLOBAL)};if(w[k])return;var q=w[k]={};addEventListener("click",function(e){var t=e.target,b=t&&t.closest&&t.closest("button[data-choice]"),s=b&&b.closest(".sim");var id=s&&s.getAttribute("data-scenario");if(!id||q[id]===null||s.hasAttribute("data-live"))return;e.preventDefault();e.stopPropagation();if(!(id in q))q[id]=b.getAttribute("data-choice")},true)})();`;

/** The choice tapped before `scenarioId`'s simulator was live, if any; taken only once. */
export function takeEarlyTap(scenarioId: string): string | undefined {
  const taps = (globalThis as Record<string, unknown>)[EARLY_TAPS_GLOBAL];
  if (typeof taps !== 'object' || taps === null) return undefined;
  const record = taps as Record<string, unknown>;
  const choice = Object.hasOwn(record, scenarioId) ? record[scenarioId] : undefined;
  // null from now on: the inline script lets this simulator's clicks through to React (even before
  // `data-live` is on the page), and a tap is never taken twice.
  record[scenarioId] = null;
  return typeof choice === 'string' ? choice : undefined;
}
