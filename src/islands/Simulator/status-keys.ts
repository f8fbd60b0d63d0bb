/** Typed access to i18n keys that are built from engine codes, e.g. `storm.3` or `band.hostile`. */
import type { UiKey } from '../../i18n/t.ts';

export type UiKeyOf<P extends string> = Extract<UiKey, `${P}.${string}`>;
