import { useEffect, useState } from 'react';
import { shouldRemindToExport } from '../../model/export-reminder';
import { BackUpLibraryButton } from '../common/BackUpLibraryButton';
import { useReview } from '../common/review-context';
import { showDate } from '../common/dates';

const HOUR_MS = 60 * 60 * 1000;

interface Props {
  /** The oldest change not in an export, or null. */
  since: string | null;
  onExport: () => void;
}

/** A nudge to hand work on: changes that have lived only in this browser for a week or more. */
export function ExportReminder({ since, onExport }: Props) {
  // the clock is read in effects, not in render; a reviewer who keeps the tab open sees it within the hour
  const [now, setNow] = useState<number | null>(null);
  const { notify } = useReview();
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const hourly = setInterval(tick, HOUR_MS);
    return () => {
      clearTimeout(first);
      clearInterval(hourly);
    };
  }, []);
  if (now === null || !since || !shouldRemindToExport(since, now)) return null;
  const date = showDate(since);
  return (
    <section className="export-reminder" aria-label="Export reminder">
      <p>
        Changes since {date} exist only in this browser. Export them to keep a copy you can hand on,
        or back up the whole library.
      </p>
      <p className="export-reminder-actions">
        <button type="button" className="button button--small" onClick={onExport}>
          Export annotated JSON
        </button>
        <BackUpLibraryButton className="button button--small" notify={notify} />
      </p>
    </section>
  );
}
