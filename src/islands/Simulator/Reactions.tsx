/**
 * How the thread reacted to one of the learner's moves: bystanders' likes or angry faces (from the
 * audience mood), and each persona whose mood moved. Faces are decoration; the words carry it.
 */
import { moodBand, type ThreadItem } from '../../engine/index.ts';
import { moodChange, moodWord } from '../../i18n/mood-words.ts';
import { useSimulator } from './context.ts';
import { approvalLabel } from './platform-skin.ts';

const FACE = { furious: '😡', angry: '😠', neutral: '😐', friendly: '🙂', delighted: '😄' } as const;
/** Faces for a persona told on the hurt-safe scale: pain, not anger. */
const HURT_FACE = { furious: '😢', angry: '😟', neutral: '😐', friendly: '🙂', delighted: '😌' } as const;

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
          {item.audienceChange > 0 ? approvalLabel(t, scenario.platform, reactionsFor(item.audienceChange)) : t('react.angry', { n: reactionsFor(item.audienceChange) })}
        </li>
      )}
      {item.moodChanges.map((change) => {
        const band = moodBand(change.after);
        const persona = scenario.personas[change.personaId];
        const name = persona?.name ?? change.personaId;
        const up = change.after > change.before;
        return (
          <li key={change.personaId} className={up ? 'sim-reaction-up' : 'sim-reaction-down'}>
            <span aria-hidden="true">{(persona?.scale === 'hurt-safe' ? HURT_FACE : FACE)[band]}</span>{' '}
            {moodChange(t, persona?.scale, name, up)} ({moodWord(t, persona?.scale, band)})
          </li>
        );
      })}
    </ul>
  );
}
