import {
  ORPHANS_HEADING,
  REPORT_ANCHORING_LABELS,
  assessmentsLine,
  linkOf,
  readableTime,
  summaryLine,
  withoutBidiControls,
  type Report,
  type ReportEntry,
  type ReportSource,
} from './report-model';

// Inline, only what can open markup wherever it stands: code, emphasis, links
// and images (through the brackets), strikethrough, table cells, a tag or an
// autolink (a "<" before a letter, "/", "!" or "?"), an entity, and the escape
// itself. An underscore inside a word opens no emphasis, so "snake_case" stays.
const INLINE = /[\\`*[\]|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|<(?=[A-Za-z/!?])|&(?=#?\w+;)/gu;

// At the start of a line, what would open a block: a heading, a quote, a list
// item ("-", "+", "1." or "1)" before a space), a thematic break or a setext underline.
const LINE_START = /^(?:[#>]|[-+](?=\s|$)|-(?=[-\s]*$)|=(?=[=\s]*$))|^(\d{1,9})([.)])(?=\s|$)/;

/**
 * One line of text as inert CommonMark (GFM) inline content, escaping only
 * what Markdown would read as markup, so that "Fact-check, 2026-12-05 (p. 3)!"
 * stays as it reads. Line breaks become spaces, bidi controls are dropped;
 * the line may start a line of the document.
 */
export function escapeMarkdown(text: string): string {
  return withoutBidiControls(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(INLINE, '\\$&')
    .replace(/^\s+/, '') // leading indentation would make a code block
    .replace(LINE_START, (mark, digits?: string, delimiter?: string) =>
      digits === undefined ? `\\${mark}` : `${digits}\\${delimiter}`,
    );
}

/**
 * Multi-line text as inert CommonMark paragraphs: its lines kept as hard
 * breaks, its blank lines as paragraph breaks.
 */
function block(text: string): string {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdown)
    .join('\n')
    .split(/\n{2,}/)
    .map(p => p.replace(/^\n+|\n+$/g, ''))
    .filter(p => p !== '');
  return paragraphs.map(p => p.replace(/\n/g, '\\\n')).join('\n\n');
}

/** `text` as a blockquote, every line prefixed. */
const quoted = (text: string) =>
  (block(text) || '\u2026')
    .split('\n')
    .map(line => (line === '' ? '>' : `> ${line}`))
    .join('\n');

// a destination in <…> may hold anything but <, > and line breaks; spaces and
// backslashes are encoded too, so no reader is tempted to split or unescape
const destination = (href: string) =>
  href.replace(
    /[<> \\\r\n]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );

/** A link only for http(s) URLs; anything else is its text. */
function link(text: string, url: string | undefined): string {
  const href = linkOf(url);
  const label = escapeMarkdown(text) || escapeMarkdown(url ?? '');
  return href === undefined ? label : `[${label}](<${destination(href)}>)`;
}

function sourceLine(s: ReportSource): string {
  const parts = [link(s.title, s.url)];
  if (s.href === undefined && s.title !== s.url) parts.push(escapeMarkdown(s.url));
  if (s.publisher) parts.push(escapeMarkdown(s.publisher));
  parts.push(escapeMarkdown(s.stance));
  if (s.accessedAt) parts.push(`accessed ${escapeMarkdown(s.accessedAt)}`);
  if (s.archivedUrl) parts.push(link('archived copy', s.archivedUrl));
  const item = `- ${parts.join(' · ')}`;
  if (!s.quote) return item;
  const quote = quoted(s.quote)
    .split('\n')
    .map(line => `  ${line}`)
    .join('\n');
  return `${item}\n\n${quote}`;
}

function entry(e: ReportEntry): string {
  const verdict = e.verdict
    ? ` · ${escapeMarkdown(e.verdict.label)}${e.verdict.ratingValue === undefined ? '' : ` (rating ${e.verdict.ratingValue})`}`
    : '';
  const out = [`### ${e.number}. ${e.kind}${verdict}`, quoted(e.quote)];
  if (e.correction !== undefined) out.push(`**Should read:** ${escapeMarkdown(e.correction)}`);
  if (e.note) out.push(block(e.note));
  const details = [`- Status: ${e.status}`];
  if (e.creator) details.push(`- Reviewer: ${escapeMarkdown(e.creator)}`);
  if (e.assessments)
    details.push(`- Assessments: ${escapeMarkdown(assessmentsLine(e.assessments))}`);
  if (e.tags.length > 0) details.push(`- Tags: ${e.tags.map(escapeMarkdown).join(', ')}`);
  const change = e.lastVerdictChange;
  if (change) {
    const by = escapeMarkdown(change.by) || 'unnamed reviewer';
    details.push(`- Verdict set by ${by}, ${escapeMarkdown(readableTime(change.at))}`);
  }
  if (e.anchoring === 'unconfirmed')
    details.push(`- Place: ${REPORT_ANCHORING_LABELS.unconfirmed}`);
  out.push(details.join('\n'));
  if (e.sources.length > 0) out.push('Sources:', e.sources.map(sourceLine).join('\n'));
  return out.join('\n\n');
}

function header(r: Report): string {
  const { url, publisher, author, publishedAt } = r.source;
  const origin = [
    author && `by ${escapeMarkdown(author)}`,
    publisher && escapeMarkdown(publisher),
    publishedAt && `published ${escapeMarkdown(publishedAt)}`,
  ].filter(Boolean);
  const reviewers = r.reviewers.map(escapeMarkdown).join(', ') || 'unnamed reviewer';
  const lines = [
    origin.length > 0 && origin.join(' · '),
    url && `Source: ${link(url, url)}`,
    `Fact-check by ${reviewers} · ${escapeMarkdown(readableTime(r.generatedAt))}`,
  ].filter(Boolean);
  return `# Fact-check: ${escapeMarkdown(r.title)}\n\n${lines.join('\\\n')}`;
}

function summary(r: Report): string {
  const { byKind, byVerdict } = r.summary;
  const kinds = byKind.map(k => `${k.label} ${k.count}`).join(' · ');
  const verdicts = byVerdict.map(v => `- ${escapeMarkdown(v.label)}: ${v.count}`).join('\n');
  return `## Summary

${escapeMarkdown(summaryLine(r.summary))}

By kind: ${kinds}

Claims by verdict:

${verdicts}`;
}

/**
 * The report as CommonMark: all text escaped so it renders as written and
 * no raw HTML passes through; links only to http(s) URLs. Ends in a newline.
 */
export function reportMarkdown(report: Report): string {
  const parts = [header(report), summary(report), '## Claims and notes'];
  parts.push(...(report.entries.length > 0 ? report.entries.map(entry) : ['No annotations.']));
  if (report.orphans.length > 0) {
    parts.push(`## ${escapeMarkdown(ORPHANS_HEADING)}`, ...report.orphans.map(entry));
  }
  return `${parts.join('\n\n')}\n`;
}
