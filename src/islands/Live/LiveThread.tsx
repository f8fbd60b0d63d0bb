/**
 * The thread of a live session, derived from the room's path with the engine (never sent over the
 * wire), large enough to read from the back of a room. Text is always plain text.
 */
import type { Locale, Scenario, ThreadItem } from '../../engine/index.ts';

interface Props {
  scenario: Scenario;
  items: ThreadItem[];
  locale: Locale;
  label: string;
  /** Show only the last few items (phones). */
  last?: number;
}

export function LiveThread({ scenario, items, locale, label, last }: Props) {
  const shown = last ? items.slice(-last) : items;
  return (
    <ol className="live-thread" aria-label={label}>
      <li className="live-post live-account">
        <strong>{scenario.account.name}</strong> <span className="live-handle">{scenario.account.handle}</span>
        <p>{scenario.account.post[locale]}</p>
      </li>
      {shown.map((item) =>
        item.kind === 'post' ? (
          <li key={item.key} className={`live-post${item.status !== 'visible' ? ' live-muted' : ''}`}>
            <strong>{scenario.personas[item.personaId]?.name ?? item.personaId}</strong>
            <p>{item.text[locale]}</p>
          </li>
        ) : (
          <li key={item.key} className="live-post live-move">
            <strong>{scenario.account.name}</strong>
            <p>{item.text[locale]}</p>
          </li>
        ),
      )}
    </ol>
  );
}
