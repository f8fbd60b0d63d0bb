/**
 * Deleting a learner's data from the join page: the membership (on the server and here) or only
 * what is stored on this device, each with a confirmation step, and a summary of what was deleted.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Translate } from '../../i18n/translate.ts';
import { deleteMyData, hasLocalData, type DeletionReport } from '../../learner/device-data.ts';

// --- deleting --------------------------------------------------------------------------------

/** For learners in no class: their progress, settings and answers can be deleted here too. */
export function LocalData({ t, onDeleted }: { t: Translate; onDeleted: (report: DeletionReport) => void }) {
  const [stored, setStored] = useState(false);
  // Read after mount (the server knows nothing of this device), and again after a deletion.
  useEffect(() => setStored(hasLocalData()), []);
  if (!stored) return null;
  return (
    <DeleteData
      t={t}
      local
      onDeleted={(report) => {
        setStored(false);
        onDeleted(report);
      }}
    />
  );
}

interface DeleteDataProps {
  t: Translate;
  /** In no class: only this device's data is deleted. */
  local?: boolean;
  onDeleted: (report: DeletionReport) => void;
}

export function DeleteData({ t, local = false, onDeleted }: DeleteDataProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<{ text: string; detail?: string | undefined } | undefined>();
  const openButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function onConfirm() {
    if (busy) return;
    setBusy(true);
    setFailed(undefined);
    const result = await deleteMyData();
    setBusy(false);
    if (result.ok) {
      onDeleted(result.report);
      return;
    }
    setFailed({ text: `${t('learner.delete.failed')} ${t(result.error === 'offline' ? 'learner.error.offline' : 'learner.error.server')}`, detail: result.message || undefined });
  }

  return (
    <div className="join-delete">
      {!confirming ? (
        <button type="button" className="join-danger" ref={openButton} onClick={() => setConfirming(true)}>
          {t('learner.delete')}
        </button>
      ) : (
        <div role="group" aria-labelledby={`${id}-question`} className="join-confirm">
          <h3 id={`${id}-question`} tabIndex={-1} ref={question}>
            {t('learner.delete.confirmTitle')}
          </h3>
          <p>{t(local ? 'learner.delete.explainLocal' : 'learner.delete.explain')}</p>
          <p className="join-actions">
            <button type="button" className="join-danger" onClick={() => void onConfirm()} aria-disabled={busy || undefined}>
              {busy ? t('learner.delete.working') : t('learner.delete.confirm')}
            </button>{' '}
            <button type="button" className="join-secondary" onClick={() => setConfirming(false)} disabled={busy}>
              {t('learner.delete.cancel')}
            </button>
          </p>
        </div>
      )}
      <div role="alert">
        {failed && (
          <>
            <p>{failed.text}</p>
            {failed.detail && (
              <p className="join-hint">
                {t('learner.serverSays')} <span lang="en">{failed.detail}</span>
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}

export function DeletionSummary({ t, report }: { t: Translate; report: DeletionReport }) {
  const device: string[] = [];
  if (report.membership) device.push(t('learner.delete.membership'));
  if (report.queuedRuns) device.push(t('learner.delete.queued', { n: report.queuedRuns }));
  if (report.progress) device.push(t('learner.delete.progress', { n: report.progress }));
  if (report.selfChecks) device.push(t('learner.delete.selfChecks', { n: report.selfChecks }));
  if (report.prefs) device.push(t('learner.delete.prefs'));
  if (report.other) device.push(t('learner.delete.other', { n: report.other }));
  return (
    <>
      <p>
        <strong>{t('learner.delete.done')}</strong>
      </p>
      {report.server === 'deleted' && <p>{t('learner.delete.server')}</p>}
      {report.server === 'unknown' && <p>{t('learner.delete.serverGone')}</p>}
      {device.length ? (
        <>
          <p>{t('learner.delete.device')}</p>
          <ul>
            {device.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('learner.delete.deviceNothing')}</p>
      )}
    </>
  );
}
