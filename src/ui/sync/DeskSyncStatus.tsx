import { useState } from 'react';
import { clearDeskSync, setDeskSync } from '../../store/desk-sync-settings';
import type { SyncStatus } from '../../sync/sync-state';
import { DeskSyncDialog } from './DeskSyncDialog';
import type { DeskSyncView } from './use-desk-sync';

const WORDS: Record<SyncStatus, string> = {
  connecting: 'Connecting to the desk…',
  synced: 'Synced with the desk.',
  pending: 'Changes waiting to be sent to the desk.',
  offline: 'Offline: your changes are kept here and sent when the desk is back.',
  refused: 'The desk refused this token.',
  rejected: 'The desk refused the changes made here: nothing more is sent.',
};

/**
 * The sidebar's line on the desk: off, or synced/pending/offline and who else is on the article.
 * It shows `desk` (`useDeskSync`'s view, kept by the sidebar) and starts no sync of its own.
 */
export function DeskSyncStatus({ desk }: { desk: DeskSyncView }) {
  const { settings, report } = desk;
  const [open, setOpen] = useState(false);
  const status = report?.status ?? (settings ? 'connecting' : null);
  const peers = report?.peers ?? [];
  return (
    <section className="desk-sync" aria-label="Desk sync">
      <p data-sync={status ?? 'off'}>
        {/* announced only once sync is on: while off nothing changes, and the app's notices are the page's status */}
        <strong>Desk:</strong>{' '}
        {status ? <span role="status">{WORDS[status]}</span> : 'Sync is off.'}{' '}
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          Desk sync…
        </button>
      </p>
      {peers.length > 0 && (
        <p className="desk-sync-peers">Also on this article: {peers.map(p => p.name).join(', ')}</p>
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
