import { useEffect } from 'react';
import type { NoticeMessage } from './notice-message';

/** Good news goes by itself after a while; problems stay until the reviewer closes them. */
const SUCCESS_MS = 12_000;

/** A message about what just happened (an import, an export). */
export function Notice({ notice, onClose }: { notice: NoticeMessage; onClose: () => void }) {
  useEffect(() => {
    if (notice.tone !== 'success') return;
    const timer = setTimeout(onClose, SUCCESS_MS);
    return () => clearTimeout(timer);
  }, [notice, onClose]);
  return (
    <div
      className={`notice notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <div>
        <p className="notice-title">{notice.title}</p>
        {notice.detail && <p className="notice-detail">{notice.detail}</p>}
        {notice.progress &&
          (notice.progress === 'unknown' ? (
            <progress className="notice-progress" aria-label={notice.title} />
          ) : (
            <progress
              className="notice-progress"
              aria-label={notice.title}
              max={notice.progress.total}
              value={notice.progress.done}
            />
          ))}
      </div>
      <button type="button" className="button button--small button--quiet" onClick={onClose}>
        Close<span className="visually-hidden"> message</span>
      </button>
    </div>
  );
}
