import { useState, type FormEvent } from 'react';
import { isHttpUrl } from '../../model/urls';
import { Field } from '../common/Field';
import { DialogActions, ModalDialog } from '../common/ModalDialog';

interface Props {
  /** The claims with a verdict that will be exported, and those that will be skipped. */
  counts: { rated: number; skipped: number };
  /** The reviewer's name, as the author to credit. */
  defaultAuthor: string;
  onExport: (choice: { author: string; publicationUrl: string | undefined }) => void;
  onCancel: () => void;
}

/** Asks who wrote the fact-check and where it is published; without a URL the export is a draft. */
export function ClaimReviewDialog({ counts, defaultAuthor, onExport, onCancel }: Props) {
  const [url, setUrl] = useState('');
  const [author, setAuthor] = useState(defaultAuthor);
  const [errors, setErrors] = useState<{ url?: string; author?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = url.trim();
    const next = {
      ...(trimmed &&
        !isHttpUrl(trimmed) && { url: 'Use an http:// or https:// address, or leave it empty.' }),
      ...(!author.trim() && { author: 'Name the author to credit on the reviews.' }),
    };
    setErrors(next);
    if (Object.keys(next).length === 0)
      onExport({ author: author.trim(), publicationUrl: trimmed || undefined });
  };
  return (
    <ModalDialog labelledBy="claimreview-title" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h2 id="claimreview-title">Export ClaimReview</h2>
        <p>
          {counts.rated === 1 ? '1 claim has' : `${counts.rated} claims have`} a verdict and will be
          exported
          {counts.skipped > 0 && `; ${counts.skipped} without a verdict will be listed as skipped`}.
        </p>
        <Field id="claimreview-author" label="Author" error={errors.author}>
          <input value={author} onChange={e => setAuthor(e.target.value)} />
        </Field>
        <Field
          id="publication-url"
          label="Publication URL"
          hint="Where your fact-check is published. Without it, the export is marked as a draft."
          error={errors.url}
        >
          <input
            type="url"
            placeholder="https://"
            value={url}
            onChange={e => setUrl(e.target.value)}
          />
        </Field>
        <DialogActions submit="Export" onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
