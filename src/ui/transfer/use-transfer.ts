import { useState } from 'react';
import type { Annotation, Article } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import { nowIso } from '../../model/ids';
import { reimportProblem } from '../../io/import-limits';
import { exportedAtKey, setSetting } from '../../store/settings';
import { downloadFile, fileSlug } from '../common/download';
import type { ExportFormat } from './ExportMenu';
import type { NoticeMessage } from '../common/Notice';

/**
 * Export for one article: the files, the ClaimReview question, and the
 * messages. `allAnnotations` gives every annotation of the article, even
 * while the sidebar has read only the first of them.
 */
export function useTransfer(
  article: Article,
  allAnnotations: () => Promise<readonly Annotation[]>,
  scale: VerdictScale,
  reviewer: string | undefined,
  setNotice: (notice: NoticeMessage) => void,
) {
  const [askClaimReview, setAskClaimReview] = useState(false);
  const slug = fileSlug(article.title);

  const failed = (what: string) => (err: unknown) =>
    setNotice({
      tone: 'error',
      title: `${what} failed`,
      detail: err instanceof Error ? err.message : String(err),
    });

  const exportAs = (format: ExportFormat) => {
    if (format === 'claim-review') return setAskClaimReview(true);
    if (format !== 'annotated-json') return exportReport(format);
    Promise.all([import('../../io/annotated-json-export'), allAnnotations()])
      .then(async ([{ exportAnnotatedJson }, annotations]) => {
        performance.mark('fm:export:start');
        const json = exportAnnotatedJson(article, [...annotations], { scale });
        performance.measure('fm:export', 'fm:export:start');
        const bytes = downloadFile(`${slug}.factmark.json`, json, 'application/ld+json');
        await setSetting(exportedAtKey(article.id), nowIso());
        const problem = reimportProblem(bytes, annotations.length);
        setNotice({
          tone: problem ? 'error' : 'success',
          title: problem
            ? 'Exported annotated JSON, too large to import again'
            : 'Exported annotated JSON',
          detail: `${annotations.length} annotations, with the article.${problem ? ` Keep it as a record, but Factmark cannot import it: ${problem}.` : ''}`,
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
          detail: `${annotations.length} annotations, in reading order.`,
        });
      })
      .catch(failed('Export'));
  };

  const exportClaimReviewTo = ({
    author,
    publicationUrl,
  }: {
    author: string;
    publicationUrl: string | undefined;
  }) => {
    setAskClaimReview(false);
    Promise.all([import('../../io/claim-review'), allAnnotations()])
      .then(([{ exportClaimReview }, annotations]) => {
        const { json, skipped } = exportClaimReview(article, [...annotations], scale, {
          reviewerName: author,
          ...(publicationUrl && { publicationUrl }),
        });
        downloadFile(`${slug}.claimreview.jsonld`, json, 'application/ld+json');
        const skippedText = skipped.length
          ? ` Skipped ${skipped.length}: ${skipped.map(s => `“${s.quote.slice(0, 40)}” (${s.reason})`).join('; ')}.`
          : '';
        const exported = annotations.filter(a => a.kind === 'claim').length - skipped.length;
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

  return { exportAs, askClaimReview, setAskClaimReview, exportClaimReviewTo };
}
