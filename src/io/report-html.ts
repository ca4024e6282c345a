import {
  ORPHANS_HEADING,
  REPORT_ANCHORING_LABELS,
  readableTime,
  safeColor,
  summaryLine,
  type Report,
  type ReportEntry,
  type ReportSource,
  type ReportVerdict,
  linkOf,
} from './report-model';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** `text` safe inside an element or a quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, c => ENTITIES[c] ?? c);

// user text inline is isolated, so a stray right-to-left override cannot flip what follows
const bdi = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;

/** A link only for http(s) URLs (re-checked here: the report may come from anywhere). */
function link(text: string, url: string | undefined): string {
  const href = linkOf(url);
  if (href === undefined) return bdi(text);
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${bdi(text)}</a>`;
}

const marker = (color: string | undefined) => {
  const safe = safeColor(color);
  const style = safe ? ` style="background:${safe}"` : '';
  return `<span class="marker"${style} aria-hidden="true"></span>`;
};

const STYLE = `
:root { color: #1d2127; background: #fbfaf7; }
body { margin: 0; font: 12pt/1.5 Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif; }
main { max-width: 70ch; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.2em; margin: 2rem 0 .75rem; border-bottom: 1px solid #dedad1; }
h3 { font-size: 1em; margin: 0 0 .5rem; }
.meta, .small { color: #59616c; font-size: .9em; }
.meta p, .meta dl { margin: .15rem 0; }
dl { margin: .5rem 0; } dt { font-weight: bold; display: inline; } dd { display: inline; margin: 0 1em 0 .25em; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
td, th { text-align: left; padding: .1rem 1.5rem .1rem 0; font-weight: normal; }
td { text-align: right; }
.entry { margin: 0 0 1.5rem; padding-top: .75rem; border-top: 1px solid #dedad1; }
blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid #dedad1; white-space: pre-line; }
.note, .correction { white-space: pre-line; }
.marker { display: inline-block; width: .7em; height: .7em; border-radius: 50%; margin-right: .35em;
  background: #888; vertical-align: baseline; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
ol.sources { padding-left: 1.25rem; }
a { color: #1f3b57; overflow-wrap: anywhere; }
@media print {
  :root { background: none; }
  main { max-width: none; padding: 0; }
  .entry { page-break-inside: avoid; break-inside: avoid; }
  h2, h3 { page-break-after: avoid; break-after: avoid; }
  a { color: inherit; }
}`;

function verdictHtml(v: ReportVerdict | undefined): string {
  if (!v) return '';
  const rating =
    v.ratingValue === undefined ? '' : ` <span class="small">(rating ${v.ratingValue})</span>`;
  return ` · <span class="verdict">${marker(v.color)}${bdi(v.label)}</span>${rating}`;
}

function sourceHtml(s: ReportSource): string {
  const parts = [link(s.title, s.url)];
  if (s.href === undefined && s.title !== s.url)
    parts.push(`<span class="small">${bdi(s.url)}</span>`);
  if (s.publisher) parts.push(bdi(s.publisher));
  parts.push(escapeHtml(s.stance));
  if (s.accessedAt) parts.push(`accessed ${bdi(s.accessedAt)}`);
  if (s.archivedUrl) parts.push(link('archived copy', s.archivedUrl));
  const quote = s.quote ? `<blockquote>${escapeHtml(s.quote)}</blockquote>` : '';
  return `<li>${parts.join(' · ')}${quote}</li>`;
}

function entryHtml(e: ReportEntry): string {
  const details = [
    `<dt>Status</dt><dd>${escapeHtml(e.status)}</dd>`,
    e.creator && `<dt>Reviewer</dt><dd>${bdi(e.creator)}</dd>`,
    e.assessments &&
      `<dt>Assessments</dt><dd>${e.assessments.map(x => `${bdi(x.reviewer || 'unnamed reviewer')}: ${escapeHtml(x.verdict.label)}${x.note ? ` (${bdi(x.note)})` : ''}`).join('; ')}</dd>`,
    e.tags.length > 0 && `<dt>Tags</dt><dd>${e.tags.map(bdi).join(', ')}</dd>`,
    e.lastVerdictChange &&
      `<dt>Verdict set</dt><dd>by ${bdi(e.lastVerdictChange.by || 'unnamed reviewer')}, ${bdi(readableTime(e.lastVerdictChange.at))}</dd>`,
    e.anchoring === 'unconfirmed' &&
      `<dt>Place</dt><dd>${REPORT_ANCHORING_LABELS.unconfirmed}</dd>`,
  ].filter(Boolean);
  const sources =
    e.sources.length > 0
      ? `<p class="small">Sources</p><ol class="sources">${e.sources.map(sourceHtml).join('')}</ol>`
      : '';
  return `<section class="entry" id="entry-${e.number}">
<h3>${e.number}. ${escapeHtml(e.kind)}${verdictHtml(e.verdict)}</h3>
<blockquote>${escapeHtml(e.quote)}</blockquote>
${e.correction !== undefined ? `<p class="correction"><b>Should read:</b> ${escapeHtml(e.correction)}</p>\n` : ''}${e.note ? `<p class="note">${escapeHtml(e.note)}</p>\n` : ''}<dl class="meta">${details.join('')}</dl>
${sources}</section>`;
}

function headerHtml(r: Report): string {
  const { url, publisher, author, publishedAt } = r.source;
  const origin = [
    author && `by ${bdi(author)}`,
    publisher && bdi(publisher),
    publishedAt && `published ${bdi(publishedAt)}`,
  ].filter(Boolean);
  const lines = [
    origin.length > 0 && `<p>${origin.join(' · ')}</p>`,
    url && `<p>Source: ${link(url, url)}</p>`,
    `<p>Fact-check by ${r.reviewers.length > 0 ? r.reviewers.map(bdi).join(', ') : 'unnamed reviewer'} · ${bdi(readableTime(r.generatedAt))}</p>`,
  ].filter(Boolean);
  return `<header>
<p class="small">Fact-check report</p>
<h1>${escapeHtml(r.title)}</h1>
<div class="meta">${lines.join('')}</div>
</header>`;
}

function summaryHtml(r: Report): string {
  const { byKind, byVerdict } = r.summary;
  const row = (label: string, count: number, mark = '') =>
    `<tr><th scope="row">${mark}${bdi(label)}</th><td>${count}</td></tr>`;
  const kinds = byKind.map(k => row(k.label, k.count)).join('');
  const verdicts = byVerdict.map(v => row(v.label, v.count, marker(v.color))).join('');
  return `<h2>Summary</h2>
<p>${escapeHtml(summaryLine(r.summary))}</p>
<table><caption class="small">By kind</caption>${kinds}</table>
<table><caption class="small">Claims by verdict</caption>${verdicts}</table>`;
}

/**
 * The report as one self-contained HTML5 document: no scripts, no event
 * attributes, a Content-Security-Policy that forbids loading anything, every
 * text escaped, links only to http(s) URLs.
 */
export function reportHtml(report: Report): string {
  const orphans =
    report.orphans.length > 0
      ? `<h2>${escapeHtml(ORPHANS_HEADING)}</h2>\n${report.orphans.map(entryHtml).join('\n')}`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Fact-check: ${report.title}`)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
${headerHtml(report)}
${summaryHtml(report)}
<h2>Claims and notes</h2>
${report.entries.length > 0 ? report.entries.map(entryHtml).join('\n') : '<p>No annotations.</p>'}
${orphans}
</main>
</body>
</html>
`;
}
