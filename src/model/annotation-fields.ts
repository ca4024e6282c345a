import type { Annotation, AnnotationKind, AnnotationStatus, Source, SourceStance } from './types';
import { isIsoDate } from './iso-dates';
import { RECORD_LIMITS, tooLong, tooMany } from './record-limits';
import { sameJson } from './same-json';
import { isHttpUrl } from './urls';
import type { VerdictScale } from './verdict-scale';

/** What the annotation form edits: every field as the reviewer typed it. */
export interface AnnotationFields {
  kind: AnnotationKind;
  verdict: string;
  correction: string;
  note: string;
  /** Comma-separated. */
  tags: string;
  status: AnnotationStatus;
  sources: SourceFields[];
}

export interface SourceFields {
  url: string;
  title: string;
  publisher: string;
  quote: string;
  stance: SourceStance;
  /** YYYY-MM-DD or empty. */
  accessedAt: string;
  /** A saved copy of the source (the Wayback Machine, archive.today), or empty. */
  archivedUrl: string;
}

/** Messages keyed by field: "verdict", "correction", "sources.0.url", … */
export type FieldErrors = Record<string, string>;

export type FieldsResult =
  | {
      ok: true;
      value: Pick<
        Annotation,
        'kind' | 'verdict' | 'correction' | 'note' | 'tags' | 'status' | 'sources'
      >;
    }
  | { ok: false; errors: FieldErrors };

export const emptySource = (): SourceFields => ({
  url: '',
  title: '',
  publisher: '',
  quote: '',
  stance: 'supports',
  accessedAt: '',
  archivedUrl: '',
});

/** The form fields of an annotation (or the defaults for a new one). */
export function fieldsOf(a?: Annotation): AnnotationFields {
  return {
    kind: a?.kind ?? 'claim',
    verdict: a?.verdict ?? '',
    correction: a?.correction ?? '',
    note: a?.note ?? '',
    tags: a?.tags.join(', ') ?? '',
    status: a?.status ?? 'open',
    sources: (a?.sources ?? []).map(s => ({
      url: s.url,
      title: s.title ?? '',
      publisher: s.publisher ?? '',
      quote: s.quote ?? '',
      stance: s.stance,
      accessedAt: s.accessedAt ?? '',
      archivedUrl: s.archivedUrl ?? '',
    })),
  };
}

/** Splits "a, b,,c " into ["a", "b", "c"], without repeats. */
export function parseTags(tags: string): string[] {
  return [
    ...new Set(
      tags
        .split(',')
        .map(t => t.trim())
        .filter(Boolean),
    ),
  ];
}

const { noteLength, quoteLength, nameLength, urlLength } = RECORD_LIMITS;

/** The first tag too long to keep, or too many tags: a message, or undefined. */
function tagsProblem(tags: readonly string[]): string | undefined {
  const long = tags.find(t => t.length > nameLength);
  if (long !== undefined) {
    return `A tag can be at most ${nameLength.toLocaleString('en')} characters; “${long.slice(0, 20)}…” has ${long.length.toLocaleString('en')}.`;
  }
  return tooMany('tags', tags.length, RECORD_LIMITS.tagsPerAnnotation);
}

/**
 * Checks the form and returns the annotation fields it describes, or a message
 * per faulty field. A verdict belongs to claims and a correction to corrections;
 * the other kinds drop them. Wholly empty source rows are ignored. Every field
 * is held to `RECORD_LIMITS`, as the import holds a file: what the form
 * accepts always exports and imports again.
 */
export function readFields(f: AnnotationFields, scale: VerdictScale): FieldsResult {
  const errors: FieldErrors = {};
  const note = tooLong('A note', f.note.trim(), noteLength);
  if (note) errors.note = note;
  const tags = tagsProblem(parseTags(f.tags));
  if (tags) errors.tags = tags;
  if (f.kind === 'claim' && f.verdict && !scale.some(v => v.id === f.verdict)) {
    errors.verdict = 'Choose a verdict from the scale.';
  }
  const correction = f.correction.trim();
  if (f.kind === 'correction' && !correction) errors.correction = 'Say what the text should read.';
  const longCorrection =
    f.kind === 'correction' && tooLong('A correction', correction, quoteLength);
  if (longCorrection) errors.correction = longCorrection;
  const sources: Source[] = [];
  f.sources.forEach((s, i) => {
    const archivedUrl = s.archivedUrl.trim();
    const blank =
      !s.url.trim() && !s.title.trim() && !s.publisher.trim() && !s.quote.trim() && !archivedUrl;
    if (blank) return;
    const url = s.url.trim();
    const at = (field: string, message: string | undefined) => {
      if (message) errors[`sources.${i}.${field}`] = message;
    };
    if (!url) at('url', 'A source needs its URL.');
    else if (!isHttpUrl(url)) at('url', 'Only http:// and https:// links can be sources.');
    else at('url', tooLong('A URL', url, urlLength));
    if (archivedUrl && !isHttpUrl(archivedUrl))
      at('archivedUrl', 'Only http:// and https:// links can be archived copies.');
    else at('archivedUrl', tooLong('A URL', archivedUrl, urlLength));
    at('title', tooLong('A title', s.title.trim(), nameLength));
    at('publisher', tooLong('A publisher', s.publisher.trim(), nameLength));
    at('quote', tooLong('A quoted passage', s.quote.trim(), quoteLength));
    if (s.accessedAt && !isIsoDate(s.accessedAt)) at('accessedAt', 'Use a date like 2026-11-25.');
    sources.push({
      url,
      stance: s.stance,
      ...(s.title.trim() && { title: s.title.trim() }),
      ...(s.publisher.trim() && { publisher: s.publisher.trim() }),
      ...(s.quote.trim() && { quote: s.quote.trim() }),
      ...(s.accessedAt && { accessedAt: s.accessedAt }),
      ...(archivedUrl && { archivedUrl }),
    });
  });
  const sourceCount = tooMany('sources', sources.length, RECORD_LIMITS.sourcesPerAnnotation);
  if (sourceCount) errors.sources = sourceCount;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: f.kind,
      ...(f.kind === 'claim' && f.verdict && { verdict: f.verdict }),
      ...(f.kind === 'correction' && { correction }),
      note: f.note.trim(),
      tags: parseTags(f.tags),
      status: f.status,
      sources,
    },
  };
}

/**
 * The fields to save when the form opened on `base` and now reads `mine`,
 * while the stored annotation reads `current` (another tab may have saved in
 * between): each field the reviewer changed comes from `mine`, every other
 * one from `current`. So two tabs editing different fields of one annotation
 * at the same moment both keep their change; on the same field the later
 * save wins.
 */
export function mergeFields(
  base: AnnotationFields,
  mine: AnnotationFields,
  current: AnnotationFields,
): AnnotationFields {
  const pick = <K extends keyof AnnotationFields>(key: K): AnnotationFields[K] =>
    sameJson(mine[key], base[key]) ? current[key] : mine[key];
  return {
    kind: pick('kind'),
    verdict: pick('verdict'),
    correction: pick('correction'),
    note: pick('note'),
    tags: pick('tags'),
    status: pick('status'),
    sources: pick('sources'),
  };
}
