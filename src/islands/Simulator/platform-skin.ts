/**
 * What changes with the scenario's platform besides its moves (src/i18n/move-words.ts): how likes are
 * called (hearts, thumbs up, "found this helpful"; none in a WhatsApp group, where messages have no
 * like counts), who the learner is there ("you are in the group", not "you run the account"), and a
 * review site's star rating. The look itself is CSS keyed on `data-platform` (platform-skins.css).
 */
import type { Platform } from '../../engine/index.ts';
import type { UiKey } from '../../i18n/de.ts';
import type { Translate } from '../../i18n/t.ts';

/** A key of the platform's own, if the dictionary has one. */
function own(t: Translate, key: string): string | undefined {
  const text = t(key as UiKey);
  return text === key ? undefined : text;
}

/** "12 Herzen": a comment's likes in the platform's words; undefined where the platform shows none. */
export function likesLabel(t: Translate, platform: Platform | undefined, n: number): string | undefined {
  if (platform === 'whatsapp') return undefined;
  if (!platform) return t('sim.likes', { n });
  const template = own(t, `likesOn.${platform}`);
  return template === undefined ? t('sim.likes', { n }) : template.replace('{n}', String(n));
}

/** Bystanders' approval of the learner's move, in the platform's words. */
export function approvalLabel(t: Translate, platform: Platform | undefined, n: number): string {
  const template = platform ? own(t, `reactOn.${platform}`) : undefined;
  return template === undefined ? t('react.likes', { n }) : template.replace('{n}', String(n));
}

/** Who the learner is on this platform: "Du bist in der Gruppe" instead of "Du führst den Account". */
export function accountLabel(t: Translate, platform: Platform | undefined): string {
  return (platform && own(t, `accountOn.${platform}`)) ?? t('sim.account');
}

/**
 * A review site's average rating from the audience mood (-100..100): 1 star at a full shitstorm,
 * 5 at a full candystorm, in tenths. Shown as stars and said in words.
 */
export function ratingOf(audience: number): number {
  const clamped = Math.max(-100, Math.min(100, audience));
  return Math.round((3 + clamped / 50) * 10) / 10;
}
