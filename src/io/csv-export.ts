import type { Annotation, Article } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import {
  REPORT_ANCHORING_LABELS,
  assessmentsLine,
  cleanText,
  withoutBidiControls,
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
  'Assessments',
];

/** Excel's most characters in a cell; a longer cell is cut, ending in TRUNCATED. */
export const CELL_LIMIT = 32_767;
const TRUNCATED = '…(truncated)';

// What makes a spreadsheet run a cell as a formula (some trim a leading TAB or CR first)
const FORMULA_START = /^[=+\-@\t\r]/;
// Where Excel in a ";" locale (German, French, Dutch, Spanish) starts a cell inside a
// field: after a ";", quotes there and all
const FORMULA_AFTER_SEMICOLON = /;("*)(?=[=+\-@\t\r])/g;

function capped(text: string): string {
  if (text.length <= CELL_LIMIT) return text;
  let cut = text.slice(0, CELL_LIMIT - TRUNCATED.length);
  // never half an emoji: a lone surrogate cannot be written as UTF-8
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${TRUNCATED}`;
}

/**
 * One CSV field, safe from formula injection whether the spreadsheet splits
 * on "," or on ";" (OWASP's advice, for both separators): a field that starts
 * with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, which shows it as
 * text, and so does every such start right after a `;` inside it. Then it is
 * cut at Excel's 32,767 characters (ending "…(truncated)") and, per RFC 4180,
 * put in double quotes with each `"` doubled: every field, so no `;` or `,`
 * in it can end a cell.
 */
export function csvField(value: string): string {
  const defused = (FORMULA_START.test(value) ? `'${value}` : value).replace(
    FORMULA_AFTER_SEMICOLON,
    ";$1'",
  );
  return `"${capped(defused).replace(/"/g, '""')}"`;
}

const row = (cells: readonly string[]) =>
  cells.map(cell => csvField(withoutBidiControls(cleanText(cell)))).join(',');

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
    e.assessments ? assessmentsLine(e.assessments) : '',
  ];
}

/**
 * The article's annotations as CSV (RFC 4180, CRLF line ends, UTF-8 with a
 * byte-order mark): a header row, then one row per entry of the report (a
 * claim annotated by several reviewers is one, its assessments in one cell) in its
 * order (reading order, orphans last), numbered as in the report. Every
 * field is quoted; cells are safe from formula injection under "," and ";"
 * (see `csvField`), at most 32,767 characters, and hold no lone surrogates
 * and no bidi controls.
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
