import { withModule } from './load-later';
import type { NoticeMessage } from './notice-message';

/** "Back up library": writes the whole library to one file and tells the reviewer how it went. */
export function BackUpLibraryButton({
  className,
  notify,
}: {
  className: string;
  notify: (notice: NoticeMessage) => void;
}) {
  return (
    <button
      type="button"
      className={className}
      onClick={() =>
        // the backup's writer is loaded on first use, not at start
        void withModule(
          () => import('./back-up-library'),
          'The library could not be backed up',
          m => m.backUpLibrary(),
        ).then(notify)
      }
    >
      Back up library
    </button>
  );
}
