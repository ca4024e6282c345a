import { useState } from 'react';
import { readWhatCanBeRead } from '../../store/raw-dump';
import { downloadFile } from '../common/download';
import { technicalText } from '../common/problem';
import { ProblemText } from '../common/ProblemText';

/**
 * Shown instead of the app when its database cannot be opened: says why,
 * offers to try again, and to save whatever records can still be read.
 */
export function RecoveryScreen({ reason, technical }: { reason: string; technical?: string }) {
  const [rescue, setRescue] = useState('');
  const download = async () => {
    try {
      const stores = await readWhatCanBeRead();
      const count = Object.values(stores).reduce((n, rows) => n + rows.length, 0);
      downloadFile(
        `factmark-recovered-${new Date().toISOString().slice(0, 10)}.json`,
        JSON.stringify({ recoveredAt: new Date().toISOString(), stores }, null, 2),
        'application/json',
      );
      setRescue(`Saved ${count} records to your downloads.`);
    } catch (err) {
      setRescue(`Nothing could be read (${technicalText(err)}). Try again in a new window.`);
    }
  };
  return (
    <main className="problem" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Factmark cannot open its storage</h1>
      <ProblemText problem={{ message: reason, ...(technical !== undefined && { technical }) }} />
      <p>
        Your articles and annotations live in this browser’s storage. Nothing was changed. This can
        happen when a newer Factmark has opened the same storage, when another tab is holding it, or
        when the browser refuses storage for this site (for example in some private windows).
      </p>
      <p className="problem-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.location.reload()}
        >
          Try again
        </button>
        <button type="button" className="button" onClick={() => void download()}>
          Download what can be read
        </button>
      </p>
      {rescue && <p role="status">{rescue}</p>}
    </main>
  );
}
