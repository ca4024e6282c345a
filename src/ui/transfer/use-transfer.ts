import type { FeedSnapshot } from '../../store/annotation-feed';
import type { Article } from '../../model/types';
import { nowIso } from '../../model/ids';
import { reimportProblem } from '../../io/import-limits';
import { listAnnotations, listTombstones } from '../../store/annotations';
import { exportedAtKey, setSetting } from '../../store/settings';
import { ChunkedBlob } from '../common/chunked-blob';
import { downloadBlob, downloadFile, fileSlug } from '../common/download';
import type { Review } from '../common/review-context';
import type { ExportFormat } from './export-format';
import type { ClaimReviewChoice } from './claim-review-choice';
import { problemOf } from '../common/problem';
import { annotationsText } from '../common/progress-words';

/** The annotated-JSON exports' bytes, kept in pieces: the next export hands over only what changed. */
const exportBlobs = new ChunkedBlob();

/**
 * Export for one article: the files and the messages. `read` is what the
 * workspace has read of the article's annotations: until that is all of
 * them, an export reads them all itself. The ClaimReview export first asks
 * who wrote the review and where it is published (`askClaimReview`, then
 * `exportClaimReviewTo`).
 */
export function useTransfer(
  article: Article,
  read: FeedSnapshot,
  { scale, reviewer, notify: setNotice }: Pick<Review, 'scale' | 'reviewer' | 'notify'>,
  askClaimReview: () => void,
) {
  const slug = fileSlug(article.title);
  const allAnnotations = async () =>
    read.complete ? read.annotations : listAnnotations(article.id);

  const failed = (what: string) => (err: unknown) => {
    const { message, technical } = problemOf(
      err,
      'Nothing was downloaded. Try again; if it keeps failing, reload the page.',
    );
    setNotice({
      tone: 'error',
      title: `${what} failed`,
      detail: message,
      ...(technical !== undefined && { technical }),
    });
  };

  const exportAs = (format: ExportFormat) => {
    if (format === 'claim-review') return askClaimReview();
    if (format !== 'annotated-json') return exportReport(format);
    Promise.all([
      import('../../io/annotated-json-export'),
      allAnnotations(),
      listTombstones(article.id),
    ])
      .then(async ([{ exportAnnotatedJsonParts }, annotations, tombstones]) => {
        performance.mark('fm:export:start');
        // the deletions travel too, so a colleague's merge deletes what was deleted here
        const parts = exportAnnotatedJsonParts(article, [...annotations], { scale, tombstones });
        performance.measure('fm:export', 'fm:export:start');
        // the Blob takes the lines as they are: the 16 MB of a long export is never one string
        const blob = exportBlobs.blobOf(parts, 'application/ld+json');
        const bytes = downloadBlob(`${slug}.factmark.json`, blob);
        await setSetting(exportedAtKey(article.id), nowIso());
        const problem = reimportProblem(bytes, annotations.length);
        setNotice({
          tone: problem ? 'error' : 'success',
          title: problem
            ? 'Exported annotated JSON, too large to import again'
            : 'Exported annotated JSON',
          detail: `${annotationsText(annotations.length)}, with the article.${problem ? ` Keep it as a record, but Factmark cannot import it: ${problem}.` : ''}`,
        });
      })
      .catch(failed('Export'));
  };

  /** The report for an editor, or the spreadsheet: files to read, not to import. */
  const exportReport = (format: 'report-html' | 'report-markdown' | 'csv') => {
    Promise.all([import('./report-files'), allAnnotations()])
      .then(([{ reportFile }, annotations]) => {
        const file = reportFile(format, article, annotations, scale, reviewer);
        downloadFile(`${slug}${file.suffix}`, file.content, file.type);
        setNotice({
          tone: 'success',
          title: `Exported ${file.what}`,
          detail: `${annotationsText(annotations.length)}, in reading order.`,
        });
      })
      .catch(failed('Export'));
  };

  const exportClaimReviewTo = ({
    author,
    publicationUrl,
    checkedOnly,
    texts,
  }: ClaimReviewChoice) => {
    Promise.all([import('../../io/claim-review'), allAnnotations()])
      .then(([{ exportClaimReview }, annotations]) => {
        const { json, skipped, exported } = exportClaimReview(article, [...annotations], scale, {
          reviewerName: author,
          checkedOnly,
          texts,
          ...(publicationUrl && { publicationUrl }),
        });
        downloadFile(`${slug}.claimreview.jsonld`, json, 'application/ld+json');
        const skippedText = skipped.length
          ? ` Skipped ${skipped.length}: ${skipped.map(s => `“${s.quote.slice(0, 40)}” (${s.reason})`).join('; ')}.`
          : '';
        setNotice({
          tone: skipped.length ? 'info' : 'success',
          title: publicationUrl
            ? 'Exported ClaimReview'
            : 'Exported ClaimReview (draft: no publication URL)',
          detail: `${exported === 1 ? '1 claim' : `${exported} claims`} exported.${skippedText}`,
        });
      })
      .catch(failed('Export'));
  };

  return { exportAs, exportClaimReviewTo };
}
