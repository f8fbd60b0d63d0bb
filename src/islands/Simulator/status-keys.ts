/** Typed access to i18n keys that are built from engine codes, e.g. `storm.3` or `band.hostile`. */
export type { UiKeyOf } from '../../i18n/t.ts';
