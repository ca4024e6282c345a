import { useEffect } from 'react';
import type { NoticeMessage } from './notice-message';

/** Good news goes by itself after a while; problems stay until the reviewer closes them. */
const SUCCESS_MS = 12_000;

/**
 * A message about what just happened (an import, an export). It is never
 * taller than about half the window: a long text scrolls inside it, so its
 * buttons and the app's stay in reach.
 */
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
      <div className="notice-body">
        <p className="notice-title">{notice.title}</p>
        {notice.detail && <p className="notice-detail">{notice.detail}</p>}
        {notice.technical && (
          <details className="notice-technical">
            <summary>Details</summary>
            <pre>{notice.technical}</pre>
          </details>
        )}
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
      <div className="notice-actions">
        {notice.onCancel && (
          <button type="button" className="button button--small" onClick={notice.onCancel}>
            Cancel
          </button>
        )}
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          Close<span className="visually-hidden"> message</span>
        </button>
      </div>
    </div>
  );
}
