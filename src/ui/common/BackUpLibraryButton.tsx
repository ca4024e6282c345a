import { backUpLibrary } from './back-up-library';
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
    <button type="button" className={className} onClick={() => void backUpLibrary().then(notify)}>
      Back up library
    </button>
  );
}
