/** A polite live region that reads out the comments that arrived after the learner's last move. */
import { useSimulator, useSimulatorState } from './context.ts';
import { useThreadItems } from './Thread.tsx';

export function Announcer() {
  const { scenario, locale, t } = useSimulator();
  const last = useSimulatorState((s) => s.last);
  const items = useThreadItems();
  const fresh = last ? items.slice(last.threadLengthBefore) : [];
  const text = fresh
    .flatMap((item) =>
      item.kind === 'post' ? [t('sim.newComment', { name: scenario.personas[item.personaId]!.name, text: item.text[locale] })] : [],
    )
    .join(' ');
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
