/**
 * One line under the simulator's header, for learners in a class only: where this scenario's results
 * go ("Ergebnisse gehen an: 7b als Fuchs") and how the last one fared (waiting for a connection,
 * sent, not accepted), or that this scenario is not assigned, so results stay on the device.
 * Also starts the outbox's triggers (flush on load, when back online, on a timer).
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { outbox } from '../../learner/core.ts';
import { findAssignment, membershipStore } from '../../learner/membership-store.ts';
import type { Translate } from '../../i18n/t.ts';
import { useSimulator } from './context.ts';

/** The localised reason for a refused run, from its status. */
export function rejectedReason(t: Translate, status: number): string {
  switch (status) {
    case 403:
      return t('learner.rejected.403');
    case 404:
      return t('learner.rejected.404');
    case 409:
      return t('learner.rejected.409');
    case 422:
      return t('learner.rejected.422');
    default:
      return t('learner.rejected.400');
  }
}

export function ClassLink() {
  const { scenario, t } = useSimulator();
  const membership = useStore(membershipStore, (s) => s.membership);
  const queued = useStore(outbox.store, (s) => s.items.filter((i) => i.scenarioId === scenario.id).length);
  const recent = useStore(outbox.store, (s) => s.recent.find((r) => r.scenarioId === scenario.id));
  const rejected = useStore(outbox.store, (s) => (recent?.outcome === 'rejected' ? s.rejected.find((r) => r.id === recent.id) : undefined));
  useEffect(() => outbox.start(), []);

  if (!membership) return null;
  if (!findAssignment(membership.assignments, scenario)) {
    return (
      <p className="sim-role" data-testid="class-link">
        {t('learner.link.notAssigned')}
      </p>
    );
  }
  const state =
    queued > 0
      ? t(queued === 1 ? 'learner.queued.one' : 'learner.queued.other', { n: queued })
      : recent?.outcome === 'sent'
        ? t('learner.link.sent')
        : rejected
          ? t('learner.link.rejected', { reason: rejectedReason(t, rejected.status) })
          : '';
  return (
    <p className="sim-role" data-testid="class-link">
      {t('learner.link.sendsTo', { className: membership.className, pseudonym: membership.pseudonym })}
      {/* Present from the start, so screen readers announce what arrives in it. */}
      <span role="status">{state && <> · {state}</>}</span>
    </p>
  );
}
