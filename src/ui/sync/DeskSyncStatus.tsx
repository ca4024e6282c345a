import { useState } from 'react';
import { clearDeskSync, setDeskSync } from '../../store/desk-sync-settings';
import type { SyncStatus } from '../../sync/sync-state';
import { DeskSyncDialog } from './DeskSyncDialog';
import type { DeskSyncView } from './use-desk-sync';

// each fits one line of the narrowest sidebar (360 px), so a change of status moves nothing
const WORDS: Record<SyncStatus, string> = {
  connecting: 'Connecting…',
  synced: 'Synced with the desk.',
  pending: 'Changes waiting to be sent…',
  offline: 'Offline: your changes are kept here.',
  refused: 'The desk refused this token.',
  rejected: 'The desk refused your changes.',
};

/**
 * The sidebar's line on the desk, under the progress card: off, or
 * synced/pending/offline, and who else is on the article. While sync is on
 * it is always two lines (the second says when no one else is here), so
 * neither a status nor a colleague arriving moves what is below. It shows
 * `desk` (`useDeskSync`'s view, kept by the sidebar) and starts no sync of
 * its own.
 */
export function DeskSyncStatus({ desk }: { desk: DeskSyncView }) {
  const { settings, report } = desk;
  const [open, setOpen] = useState(false);
  const status = report?.status ?? (settings ? 'connecting' : null);
  const peers = (report?.peers ?? []).map(p => p.name).join(', ');
  const button = (
    <button type="button" className="link-button" onClick={() => setOpen(true)}>
      Desk sync…
    </button>
  );
  return (
    <section className="desk-sync" aria-label="Desk sync">
      <p className="desk-sync-line" data-sync={status ?? 'off'}>
        {/* announced only once sync is on: while off nothing changes, and the app's notices are the page's status */}
        <strong>Desk:</strong>{' '}
        {status ? <span role="status">{WORDS[status]}</span> : 'Sync is off.'}
        {!status && <> {button}</>}
      </p>
      {status && (
        <p className="desk-sync-line desk-sync-peers">
          <span title={peers || undefined}>
            {peers ? `Also on this article: ${peers}` : 'No one else on this article now.'}
          </span>{' '}
          {button}
        </p>
      )}
      {report?.problem && (
        <div className="desk-sync-problem" role="alert">
          {report.problem.message}
          <details>
            <summary>Details</summary>
            <pre>{report.problem.details}</pre>
          </details>
        </div>
      )}
      {open && (
        <DeskSyncDialog
          current={settings}
          onSave={next => void setDeskSync(next).then(() => setOpen(false))}
          onTurnOff={() => void clearDeskSync().then(() => setOpen(false))}
          onCancel={() => setOpen(false)}
        />
      )}
    </section>
  );
}
