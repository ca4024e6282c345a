import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isHttpUrl } from '../model/urls';

interface Props {
  /** The claims with a verdict that will be exported, and those that will be skipped. */
  counts: { rated: number; skipped: number };
  /** The reviewer's name, as the author to credit. */
  defaultAuthor: string;
  onExport: (choice: { author: string; publicationUrl: string | undefined }) => void;
  onCancel: () => void;
}

/** Asks where the fact-check is published before exporting ClaimReview; without a URL the export is a draft. */
export function ClaimReviewDialog({ counts, defaultAuthor, onExport, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState('');
  const [author, setAuthor] = useState(defaultAuthor);
  const [error, setError] = useState('');
  const [authorError, setAuthorError] = useState('');
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = url.trim();
    const badUrl = trimmed && !isHttpUrl(trimmed);
    setError(badUrl ? 'Use an http:// or https:// address, or leave it empty.' : '');
    setAuthorError(author.trim() ? '' : 'Name the author to credit on the reviews.');
    if (badUrl || !author.trim()) return;
    onExport({ author: author.trim(), publicationUrl: trimmed || undefined });
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="claimreview-title" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h2 id="claimreview-title">Export ClaimReview</h2>
        <p>
          {counts.rated === 1 ? '1 claim has' : `${counts.rated} claims have`} a verdict and will be
          exported
          {counts.skipped > 0 && `; ${counts.skipped} without a verdict will be listed as skipped`}.
        </p>
        <div className={`field${authorError ? ' field--invalid' : ''}`}>
          <label htmlFor="claimreview-author">Author</label>
          <input
            id="claimreview-author"
            value={author}
            onChange={e => setAuthor(e.target.value)}
            aria-invalid={authorError ? true : undefined}
            aria-describedby={authorError ? 'claimreview-author-error' : undefined}
          />
          {authorError && (
            <p id="claimreview-author-error" className="field-error" role="alert">
              {authorError}
            </p>
          )}
        </div>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor="publication-url">Publication URL</label>
          <input
            id="publication-url"
            type="url"
            placeholder="https://"
            value={url}
            onChange={e => setUrl(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={
              error ? 'publication-url-hint publication-url-error' : 'publication-url-hint'
            }
          />
          <p id="publication-url-hint" className="field-hint">
            Where your fact-check is published. Without it, the export is marked as a draft.
          </p>
          {error && (
            <p id="publication-url-error" className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="submit" className="button button--primary">
            Export
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
