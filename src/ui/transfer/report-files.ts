import { exportCsv } from '../../io/csv-export';
import { reportHtml } from '../../io/report-html';
import { reportMarkdown } from '../../io/report-markdown';
import { reportOf } from '../../io/report-model';
import { nowIso } from '../../model/ids';
import type { Annotation, Article } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';

/** One of the files a reviewer hands on to be read: its content, type and name. */
export function reportFile(
  format: 'report-html' | 'report-markdown' | 'csv',
  article: Article,
  annotations: readonly Annotation[],
  scale: VerdictScale,
  reviewer: string | undefined,
): { content: string; type: string; suffix: string; what: string } {
  if (format === 'csv') {
    return {
      content: exportCsv(article, annotations, scale),
      type: 'text/csv;charset=utf-8',
      suffix: '.csv',
      what: 'CSV',
    };
  }
  const report = reportOf(article, annotations, scale, {
    ...(reviewer !== undefined && { reviewer }),
    generatedAt: nowIso(),
  });
  return format === 'report-html'
    ? {
        content: reportHtml(report),
        type: 'text/html;charset=utf-8',
        suffix: '-report.html',
        what: 'the report (HTML)',
      }
    : {
        content: reportMarkdown(report),
        type: 'text/markdown;charset=utf-8',
        suffix: '-report.md',
        what: 'the report (Markdown)',
      };
}
