import { useMemo, useState, type FormEvent } from 'react';
import { planClaimReview } from '../../model/claim-review-plan';
import type { Annotation } from '../../model/types';
import { isHttpUrl } from '../../model/urls';
import type { VerdictScale } from '../../model/verdict-scale';
import type { ClaimReviewTexts } from '../../store/claim-review-texts';
import { Field } from '../common/Field';
import { DialogActions, ModalDialog } from '../common/ModalDialog';
import type { ClaimReviewChoice } from './claim-review-choice';
import { ClaimReviewWording } from './ClaimReviewWording';
import { SkippedClaims } from './SkippedClaims';

interface Props {
  annotations: readonly Annotation[];
  scale: VerdictScale;
  /** The reviewer's name, as the author to credit. */
  defaultAuthor: string;
  /** The wording kept from the last time, by annotation id. */
  keptTexts: ClaimReviewTexts;
  onExport: (choice: ClaimReviewChoice) => void;
  /** Closing without exporting; the wording written so far, to keep. */
  onCancel: (texts: ClaimReviewTexts) => void;
}

const claims = (n: number) => (n === 1 ? '1 claim' : `${n} claims`);

/**
 * Asks who wrote the fact-check, where it is published, whether open claims
 * go too, and how each review states its claim and explains its rating. It
 * counts and lists with the plan the export follows, so the number it shows
 * is the number of reviews in the file.
 */
export function ClaimReviewDialog(props: Props) {
  const { annotations, scale, defaultAuthor, keptTexts, onExport, onCancel } = props;
  const [url, setUrl] = useState('');
  const [author, setAuthor] = useState(defaultAuthor);
  const [checkedOnly, setCheckedOnly] = useState(true);
  const [texts, setTexts] = useState<ClaimReviewTexts>(keptTexts);
  const [errors, setErrors] = useState<{ url?: string; author?: string }>({});
  const plan = useMemo(
    () => planClaimReview(annotations, scale, { checkedOnly }),
    [annotations, scale, checkedOnly],
  );
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
      onExport({ author: author.trim(), publicationUrl: trimmed || undefined, checkedOnly, texts });
  };
  const count = plan.reviews.length;
  return (
    <ModalDialog labelledBy="claimreview-title" wide onCancel={() => onCancel(texts)}>
      <form onSubmit={submit} noValidate>
        <h2 id="claimreview-title">Export ClaimReview</h2>
        <p className="claimreview-count">
          {count === 0
            ? 'No claim will be exported.'
            : `${claims(count)} will be exported, one review each.`}
          {plan.skipped.length > 0 && ` ${claims(plan.skipped.length)} skipped (listed below).`}
        </p>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={checkedOnly}
            onChange={e => setCheckedOnly(e.target.checked)}
          />
          Only checked claims{' '}
          <span className="field-hint">(open claims are not published reviews)</span>
        </label>
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
        {count > 0 && (
          <ClaimReviewWording
            reviews={plan.reviews}
            texts={texts}
            onChange={(id, text) => setTexts(t => ({ ...t, [id]: { ...t[id], ...text } }))}
          />
        )}
        <SkippedClaims skipped={plan.skipped} />
        <DialogActions submit="Export" onCancel={() => onCancel(texts)} />
      </form>
    </ModalDialog>
  );
}
