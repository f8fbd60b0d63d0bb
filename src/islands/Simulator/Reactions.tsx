/**
 * How the thread reacted to one of the learner's moves: bystanders' likes or angry faces (from the
 * audience mood), and each persona whose mood moved. Faces are decoration; the words carry it.
 */
import { moodBand, type ThreadItem } from '../../engine/index.ts';
import { useSimulator } from './context.ts';
import type { UiKeyOf } from './status-keys.ts';

const FACE = { furious: '😡', angry: '😠', neutral: '😐', friendly: '🙂', delighted: '😄' } as const;

/** Bystander reactions scale with the swing in audience mood. */
const reactionsFor = (change: number) => Math.round(Math.abs(change) * 1.5);

export function Reactions({ item }: { item: ThreadItem & { kind: 'move' } }) {
  const { scenario, t } = useSimulator();
  if (item.audienceChange === 0 && item.moodChanges.length === 0) return null;
  return (
    <ul className="sim-reactions" data-testid="reactions">
      {item.audienceChange !== 0 && (
        <li className={item.audienceChange > 0 ? 'sim-reaction-up' : 'sim-reaction-down'}>
          <span aria-hidden="true">{item.audienceChange > 0 ? '👍' : '😠'}</span>{' '}
          {t(item.audienceChange > 0 ? 'react.likes' : 'react.angry', { n: reactionsFor(item.audienceChange) })}
        </li>
      )}
      {item.moodChanges.map((change) => {
        const band = moodBand(change.after);
        const name = scenario.personas[change.personaId]?.name ?? change.personaId;
        return (
          <li key={change.personaId} className={change.after > change.before ? 'sim-reaction-up' : 'sim-reaction-down'}>
            <span aria-hidden="true">{FACE[band]}</span>{' '}
            {t(change.after > change.before ? 'react.warmer' : 'react.colder', { name })} ({t(`mood.${band}` as UiKeyOf<'mood'>)})
          </li>
        );
      })}
    </ul>
  );
}
