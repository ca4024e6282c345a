import { inReadingOrder } from '../model/reading-order';
import { decisionOf, isChecked, sameClaims, type SameClaim } from '../model/desk/same-claim';
import type { AnchoringState, Annotation, Article, HistoryEntry, Source } from '../model/types';
import { ANNOTATION_KINDS } from '../model/types';
import { KIND_LABELS, STANCE_LABELS, STATUS_LABELS } from '../model/labels';
import { isHttpUrl } from '../model/urls';
import { findVerdict, hasCountedVerdict, type VerdictScale } from '../model/verdict-scale';

/** How an annotation sits in the text: placed, placed by fuzzy matching but unconfirmed, lost. */
export type ReportAnchoring = 'anchored' | 'unconfirmed' | 'orphan';
export const REPORT_ANCHORING_LABELS: Record<ReportAnchoring, string> = {
  anchored: 'anchored',
  unconfirmed: 'fuzzy, unconfirmed',
  orphan: 'not found',
};
export const ORPHANS_HEADING = 'Not found in this version of the text';
export const NO_VERDICT_LABEL = 'no verdict yet';

/** A verdict as shown; `color` is set only when it is a plain hex colour, safe in a style. */
export interface ReportVerdict {
  id: string;
  label: string;
  ratingValue?: number;
  color?: string;
}

/** A source as shown; `href`/`archivedHref` are set only for http(s) URLs. */
export interface ReportSource {
  title: string;
  publisher?: string;
  url: string;
  href?: string;
  quote?: string;
  stance: string;
  accessedAt?: string;
  archivedUrl?: string;
  archivedHref?: string;
}

export interface ReportEntry {
  /** 1-based, in the order the report lists entries (orphans last). */
  number: number;
  id: string;
  kind: string;
  quote: string;
  verdict?: ReportVerdict;
  correction?: string;
  note: string;
  status: string;
  tags: string[];
  creator: string;
  createdAt: string;
  updatedAt: string;
  anchoring: ReportAnchoring;
  sources: ReportSource[];
  lastVerdictChange?: { by: string; at: string };
  /**
   * Each reviewer's own verdict, when the claim has several assessments or
   * was annotated by several reviewers (one entry for all: `sameClaims`).
   */
  assessments?: ReportAssessment[];
}

/** One reviewer's verdict on a claim, as shown. */
export interface ReportAssessment {
  reviewer: string;
  verdict: ReportVerdict;
  note?: string;
}

export interface ReportCount {
  label: string;
  count: number;
  color?: string;
}

export interface Report {
  title: string;
  source: {
    url?: string;
    href?: string;
    publisher?: string;
    author?: string;
    publishedAt?: string;
  };
  /** The given reviewer, else every annotation's creator (first appearance first). */
  reviewers: string[];
  generatedAt: string;
  summary: {
    total: number;
    byKind: ReportCount[];
    /** Claims by verdict in scale order, then verdicts not on the scale, then "no verdict yet". */
    byVerdict: ReportCount[];
    /** Annotations whose status is checked; the others are open. */
    checked: number;
    open: number;
    /** Claims with a verdict that counts, whatever their status. */
    withVerdict: number;
    orphaned: number;
  };
  /** The placed annotations in reading order. */
  entries: ReportEntry[];
  /** The orphaned annotations, numbered on from `entries`. */
  orphans: ReportEntry[];
}

const SAFE_COLOR = /^#[0-9a-f]{3,8}$/i;
/** A colour fit for a style attribute, or undefined. */
export const safeColor = (color: string | undefined) =>
  color !== undefined && SAFE_COLOR.test(color) ? color : undefined;

// Lone surrogates cannot be encoded as UTF-8, and C0 controls (NUL above all) break
// viewers and spreadsheets; TAB, LF and CR are kept as the text's own layout.
const UNWRITABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
/** `text` with lone surrogates and control characters (but TAB, LF, CR) replaced by U+FFFD. */
export const cleanText = (text: string) => text.replace(UNWRITABLE, '\uFFFD');
// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a file without
// markup to contain them, one in a name reverses the rest of its line
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/**
 * `text` without explicit bidi controls, for a report with no `<bdi>` to isolate
 * them (Markdown, CSV); the text's own direction still shows (marks such as
 * U+200F stay).
 */
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '');
const cleanOpt = (text: string | undefined) => (text === undefined ? undefined : cleanText(text));

/** The URL as a link target if it is http(s), else undefined (shown as text only). */
export function linkOf(url: string | undefined): string | undefined {
  if (url === undefined || !isHttpUrl(url)) return undefined;
  return new URL(url.trim()).href; // normalized: spaces and quotes percent-encoded
}

/** "2026-11-20 09:40 UTC" for an ISO timestamp in UTC; any other text as it is. */
export function readableTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::[\d.]+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

function anchoringOf(state: AnchoringState | undefined): ReportAnchoring {
  if (state?.method === 'orphan') return 'orphan';
  return state?.method === 'fuzzy' && !state.confirmed ? 'unconfirmed' : 'anchored';
}

function verdictOf(id: string, scale: VerdictScale): ReportVerdict {
  const v = findVerdict(scale, id);
  if (!v) return { id: cleanText(id), label: cleanText(id) };
  return {
    id: v.id,
    label: cleanText(v.label),
    ratingValue: v.ratingValue,
    color: safeColor(v.color),
  };
}

function sourceOf(s: Source): ReportSource {
  return {
    title: cleanText(s.title?.trim() || s.url),
    publisher: cleanOpt(s.publisher),
    url: cleanText(s.url),
    href: linkOf(s.url),
    quote: cleanOpt(s.quote),
    stance: STANCE_LABELS[s.stance] ?? cleanText(String(s.stance)),
    accessedAt: cleanOpt(s.accessedAt),
    archivedUrl: cleanOpt(s.archivedUrl),
    archivedHref: linkOf(s.archivedUrl),
  };
}

/** "Ada: False (her reason); Ben: True": each reviewer's verdict in a line, as plain text. */
export const assessmentsLine = (list: readonly ReportAssessment[]): string =>
  list
    .map(
      x => `${x.reviewer || 'unnamed reviewer'}: ${x.verdict.label}${x.note ? ` (${x.note})` : ''}`,
    )
    .join('; ');

const distinct = (values: readonly string[]) => [...new Set(values.filter(v => v !== ''))];

/** The sources of several annotations of one claim, one per URL, in order. */
function sourcesOf(members: readonly Annotation[]): Source[] {
  const byUrl = new Map<string, Source>();
  for (const s of members.flatMap(m => m.sources)) if (!byUrl.has(s.url)) byUrl.set(s.url, s);
  return [...byUrl.values()];
}

/** An item's entry: a claim annotated by several reviewers is one, with all they wrote. */
function entryOf(item: SameClaim, number: number, scale: VerdictScale): ReportEntry {
  const { lead: a, members } = item;
  const many = members.length > 1;
  const verdict = many ? decisionOf(item) : a.verdict;
  const status = many ? (isChecked(item) ? 'checked' : 'open') : a.status;
  const change = members
    .flatMap(m => m.history.filter(h => h.field === 'verdict'))
    .reduce<HistoryEntry | undefined>(
      (last, h) => (!last || h.at >= last.at ? h : last),
      undefined,
    );
  const times = members.map(m => [m.createdAt, m.updatedAt] as const);
  return {
    number,
    id: cleanText(a.id),
    kind: KIND_LABELS[a.kind],
    quote: cleanText(a.target.exact),
    verdict: verdict === undefined ? undefined : verdictOf(verdict, scale),
    correction: cleanOpt(a.correction),
    // nothing any of them wrote is left out
    note: cleanText(distinct(members.map(m => m.note)).join('\n\n')),
    status: STATUS_LABELS[status] ?? cleanText(String(status)),
    tags: distinct(members.flatMap(m => m.tags)).map(cleanText),
    creator: cleanText(distinct(members.map(m => m.creator.trim())).join(', ')),
    createdAt: cleanText(times.map(t => t[0]).reduce((x, y) => (y < x ? y : x))),
    updatedAt: cleanText(times.map(t => t[1]).reduce((x, y) => (y > x ? y : x))),
    anchoring: anchoringOf(a.anchoring),
    sources: (many ? sourcesOf(members) : a.sources).map(sourceOf),
    lastVerdictChange: change && { by: cleanText(change.by), at: cleanText(change.at) },
    ...((many || item.assessments.length > 1) && {
      assessments: item.assessments.map(x => ({
        reviewer: cleanText(x.reviewer.name),
        verdict: verdictOf(x.verdict, scale),
        ...(x.note !== undefined && x.note !== '' && { note: cleanText(x.note) }),
      })),
    }),
  };
}

/**
 * The annotations as report entries, one per claim however many reviewers
 * annotated it (`sameClaims`): the placed ones in reading order, then the
 * orphans (in reading order of where they were), numbered 1… throughout.
 */
export function reportEntries(
  annotations: readonly Annotation[],
  scale: VerdictScale,
): { entries: ReportEntry[]; orphans: ReportEntry[] } {
  const ordered = inReadingOrder(annotations);
  const placed = sameClaims(ordered.filter(a => a.anchoring?.method !== 'orphan'));
  const lost = sameClaims(ordered.filter(a => a.anchoring?.method === 'orphan'));
  return {
    entries: placed.map((item, i) => entryOf(item, i + 1, scale)),
    orphans: lost.map((item, i) => entryOf(item, placed.length + i + 1, scale)),
  };
}

function verdictCounts(items: readonly SameClaim[], scale: VerdictScale): ReportCount[] {
  const counts = new Map<string | undefined, number>();
  for (const item of items) {
    if (item.lead.kind !== 'claim') continue;
    const verdict = decisionOf(item);
    counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  }
  const out: ReportCount[] = scale.map(v => ({
    label: cleanText(v.label),
    count: counts.get(v.id) ?? 0,
    color: safeColor(v.color),
  }));
  for (const [id, count] of counts) {
    if (id !== undefined && !findVerdict(scale, id)) out.push({ label: cleanText(id), count });
  }
  out.push({ label: NO_VERDICT_LABEL, count: counts.get(undefined) ?? 0 });
  return out;
}

/**
 * The summary's first sentence, the same in every report: "4 annotations:
 * 1 checked, 3 open, 1 not found in this version of the text; 2 claims with
 * a verdict." Checked counts statuses; verdicts are counted apart.
 */
export function summaryLine(summary: Report['summary']): string {
  const { total, checked, open, orphaned, withVerdict } = summary;
  const lost = orphaned > 0 ? `, ${orphaned} not found in this version of the text` : '';
  const verdicts =
    withVerdict > 0
      ? `; ${withVerdict} ${withVerdict === 1 ? 'claim' : 'claims'} with a verdict`
      : '';
  return `${total} annotation${total === 1 ? '' : 's'}: ${checked} checked, ${open} open${lost}${verdicts}.`;
}

/**
 * The data of an article's fact-check report, worked out once for every
 * writer (HTML, Markdown, print, CSV). All text is as written, save for
 * characters no file can carry (see `cleanText`); writers escape it.
 */
export function reportOf(
  article: Article,
  annotations: readonly Annotation[],
  scale: VerdictScale,
  options: { reviewer?: string; generatedAt: string },
): Report {
  const reviewer = options.reviewer?.trim();
  const creators = inReadingOrder(annotations)
    .map(a => a.creator.trim())
    .filter(name => name !== '');
  // a claim annotated by several reviewers counts once; status means status, verdicts apart
  const items = sameClaims(annotations);
  const checked = items.filter(isChecked).length;
  return {
    title: cleanText(article.title),
    source: {
      url: cleanOpt(article.sourceUrl),
      href: linkOf(article.sourceUrl),
      publisher: cleanOpt(article.publisher),
      author: cleanOpt(article.author),
      publishedAt: cleanOpt(article.publishedAt),
    },
    reviewers: (reviewer ? [reviewer] : [...new Set(creators)]).map(cleanText),
    generatedAt: cleanText(options.generatedAt),
    summary: {
      total: items.length,
      byKind: ANNOTATION_KINDS.map(kind => ({
        label: KIND_LABELS[kind],
        count: items.filter(i => i.lead.kind === kind).length,
      })),
      byVerdict: verdictCounts(items, scale),
      checked,
      open: items.length - checked,
      withVerdict: items.filter(i =>
        hasCountedVerdict({ kind: i.lead.kind, verdict: decisionOf(i) }, scale),
      ).length,
      orphaned: annotations.filter(a => a.anchoring?.method === 'orphan').length,
    },
    ...reportEntries(annotations, scale),
  };
}
