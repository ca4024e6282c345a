import type { Annotation, Article } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import {
  REPORT_ANCHORING_LABELS,
  cleanText,
  reportEntries,
  type ReportEntry,
} from './report-model';

/**
 * Excel reads a .csv without a byte-order mark in the system's legacy code
 * page, turning every accent and emoji into mojibake; with the BOM it reads
 * UTF-8. LibreOffice, Numbers, Google Sheets and most CSV libraries skip it.
 */
export const CSV_BOM = '\uFEFF';

const HEADER = [
  'Number',
  'ID',
  'Kind',
  'Status',
  'Verdict',
  'Rating',
  'Quote',
  'Correction',
  'Note',
  'Tags',
  'Sources',
  'Source count',
  'Reviewer',
  'Created',
  'Updated',
  'Anchoring',
  'Verdict changed by',
  'Verdict changed at',
];

/**
 * One CSV field. A spreadsheet runs a cell that starts with `=`, `+`, `-` or
 * `@` as a formula (and some trim a leading TAB or CR first), so such a cell
 * gets a leading `'`, which shows it as text (OWASP's advice for CSV
 * injection). Then, per RFC 4180, a field holding `"`, `,`, CR or LF is put
 * in double quotes with each `"` doubled.
 */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: readonly string[]) => cells.map(cell => csvField(cleanText(cell))).join(',');

function cells(e: ReportEntry): string[] {
  return [
    String(e.number),
    e.id,
    e.kind,
    e.status,
    e.verdict?.label ?? '',
    e.verdict?.ratingValue === undefined ? '' : String(e.verdict.ratingValue),
    e.quote,
    e.correction ?? '',
    e.note,
    e.tags.join('; '),
    e.sources.map(s => s.url).join('\n'),
    String(e.sources.length),
    e.creator,
    e.createdAt,
    e.updatedAt,
    REPORT_ANCHORING_LABELS[e.anchoring],
    e.lastVerdictChange?.by ?? '',
    e.lastVerdictChange?.at ?? '',
  ];
}

/**
 * The article's annotations as CSV (RFC 4180, CRLF line ends, UTF-8 with a
 * byte-order mark): a header row, then one row per annotation in the report's
 * order (reading order, orphans last), numbered as in the report. Cells are
 * safe from formula injection (see `csvField`) and hold no lone surrogates.
 * Throws a RangeError if an annotation belongs to another article.
 */
export function exportCsv(
  article: Article,
  annotations: readonly Annotation[],
  scale: VerdictScale,
): string {
  const stray = annotations.find(a => a.articleId !== article.id);
  if (stray) {
    throw new RangeError(`annotation ${stray.id} belongs to article ${stray.articleId}`);
  }
  const { entries, orphans } = reportEntries(annotations, scale);
  const lines = [row(HEADER), ...[...entries, ...orphans].map(e => row(cells(e)))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
