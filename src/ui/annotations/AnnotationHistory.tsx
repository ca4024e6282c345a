import type { HistoryEntry } from '../../model/types';
import { findVerdict, type VerdictScale } from '../../model/verdict-scale';
import { STATUS_LABELS } from '../../model/labels';
import { showDateTime } from '../common/dates';

function valueLabel(entry: HistoryEntry, value: string | undefined, scale: VerdictScale) {
  if (value === undefined) return entry.field === 'verdict' ? 'no verdict' : 'none';
  if (entry.field === 'status') return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
  return findVerdict(scale, value)?.label ?? value;
}

/** "Verdict: Mostly true → False" */
export function describeChange(entry: HistoryEntry, scale: VerdictScale): string {
  const field = entry.field === 'verdict' ? 'Verdict' : 'Status';
  const to = valueLabel(entry, entry.to, scale);
  if (entry.from === undefined) return `${field} set to ${to}`;
  return `${field}: ${valueLabel(entry, entry.from, scale)} → ${to}`;
}

/** Who changed the verdict and status, and when, newest first. */
export function AnnotationHistory({
  history,
  scale,
}: {
  history: readonly HistoryEntry[];
  scale: VerdictScale;
}) {
  if (history.length === 0) return null;
  const newestFirst = [...history].reverse();
  return (
    <details className="annotation-history">
      <summary>
        History <span className="count">{history.length}</span>
      </summary>
      <ol reversed>
        {newestFirst.map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            {describeChange(entry, scale)}{' '}
            <span className="history-meta">
              by {entry.by || 'unknown reviewer'},{' '}
              <time dateTime={entry.at}>{showDateTime(entry.at)}</time>
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
