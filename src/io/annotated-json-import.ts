import type { Tombstone } from '../model/tombstone';
import { DEFAULT_VERDICT_SCALE, parseScale, type VerdictScale } from '../model/verdict-scale';
import { toTombstone } from './annotated-json-desk';
import { sha256Hex } from '../model/ids';
import type { Annotation, Article } from '../model/types';
import { readArticleDoc } from './article-doc';
import { checkConsistency } from './annotated-json-checks';
import { composeArticle } from './compose-doc';
import {
  annotatedJsonSchema,
  defaultAnnotatedJsonSchema,
  type AnnotatedJsonFile,
} from './annotated-json-schema';
import { foreignVerdicts, type ForeignVerdict } from '../model/desk/foreign-verdicts';
import { toAnnotation, toArticle } from './annotated-json-records';
import { importError, type ImportError, type JsonPath } from './import-error';
import { IMPORT_LIMITS, megabytes, type ImportLimits } from './import-limits';
import { idOfIri } from './iri';
import { findForbiddenKey, isPlainObject } from './json-guards';
import { FORMAT_VERSION } from './w3c-context';
import { importErrorMap, issueToError } from './zod-issues';

/** An annotated-JSON file read and checked in full, or its first problem. */
export type ParseResult =
  | {
      ok: true;
      article: Article;
      annotations: Annotation[];
      formatVersion: number;
      /**
       * The text as the file brought it, when it was not NFC and `article` has
       * it composed: the annotations' targets describe this one.
       */
      described?: { text: string; hash: string };
      /** The verdict scale the file carries (format 3); its verdicts may be used in the file. */
      scale?: VerdictScale;
      /** The verdicts the annotations use that the reader's scale lacks, as the file names them. */
      foreignVerdicts: ForeignVerdict[];
      /** The file's tombstones: annotations of the article deleted where it was made. */
      tombstones: Tombstone[];
    }
  | { ok: false; error: ImportError };

const ARTICLE: JsonPath = ['factmark:article'];
const fail = (path: JsonPath, code: ImportError['code'], message: string): ParseResult => ({
  ok: false,
  error: importError(path, code, message),
});

function checkVersion(json: Record<string, unknown>): ParseResult | null {
  const version = json['factmark:formatVersion'];
  const at = ['factmark:formatVersion'];
  if (version === undefined) {
    return fail(at, 'missing-version', 'is missing: this is not a Factmark annotated-JSON file');
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(at, 'invalid', `must be a whole number from 1, not ${JSON.stringify(version)}`);
  }
  if (version > FORMAT_VERSION) {
    return fail(
      at,
      'unsupported-version',
      `this file is format version ${version}, newer than this Factmark reads (up to ${FORMAT_VERSION}): update Factmark to import it`,
    );
  }
  return null;
}

/** Each verdict id of the file's verdict bodies with the label the file first gives it. */
function verdictLabels(file: AnnotatedJsonFile): Record<string, string> {
  const labels: Record<string, string> = Object.create(null);
  for (const item of file.first.items)
    for (const body of item.body ?? [])
      if (body.purpose === 'assessing') labels[body['factmark:verdict']] ??= body.value;
  return labels;
}

/** The verdict scale a file carries, checked as the scale editor checks one; undefined if it carries none. */
function fileScale(
  json: Record<string, unknown>,
): { ok: true; scale: VerdictScale } | { ok: false; fail: ParseResult } | undefined {
  const value = json['factmark:scale'];
  if (value === undefined) return undefined;
  const parsed = parseScale(value);
  if (parsed.ok) return parsed;
  const [problem] = parsed.problems;
  const at = ['factmark:scale', ...(problem?.index !== undefined ? [problem.index] : [])];
  return { ok: false, fail: fail(at, 'invalid', problem?.message ?? 'is not a verdict scale') };
}

/**
 * The ids that lists of a file (its annotations, its tombstones) name (`urn:uuid:` IRIs), read
 * from the JSON before the file is checked: only to look up what is stored
 * under them while the check goes on; ids of the checked file decide.
 */
function namedIds(lists: readonly unknown[], most: number): string[] {
  const ids: string[] = [];
  for (const list of lists)
    // a longer list is refused by the check: nothing to look up for it
    if (Array.isArray(list) && list.length <= most)
      for (const node of list) {
        const id: unknown = isPlainObject(node) ? node.id : undefined;
        if (typeof id === 'string' && id.startsWith('urn:uuid:')) ids.push(idOfIri(id));
      }
  return ids;
}

async function parse(
  input: string,
  limits: ImportLimits,
  scale: VerdictScale,
  onIds?: (ids: string[]) => void,
): Promise<ParseResult> {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > limits.fileLength) {
    const sizes = `${megabytes(text.length)}; at most ${megabytes(limits.fileLength)}`;
    return fail([], 'too-large', `the file is too large to import (${sizes})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail([], 'not-json', `the file is not JSON: ${e instanceof Error ? e.message : ''}`);
  }
  if (!isPlainObject(json)) {
    const found = Array.isArray(json) ? 'a list' : JSON.stringify(json);
    return fail(
      [],
      'not-object',
      `the file must hold one JSON object (an AnnotationCollection), not ${found}`,
    );
  }
  const forbidden = findForbiddenKey(json, text);
  if (forbidden) {
    const key = String(forbidden[forbidden.length - 1]);
    return fail(
      forbidden,
      'forbidden-key',
      `"${key}" is not allowed as a key anywhere in the file`,
    );
  }
  const version = checkVersion(json);
  if (version) return version;
  const first = json.first;
  const items = isPlainObject(first) ? first.items : undefined;
  if (Array.isArray(items) && items.length > limits.annotations) {
    const n = `${items.length.toLocaleString('en-US')} annotations`;
    return fail(
      ['first', 'items'],
      'too-many',
      `holds ${n}; at most ${limits.annotations.toLocaleString('en-US')} can be imported at once`,
    );
  }

  onIds?.(namedIds([items, json['factmark:tombstones']], limits.annotations));
  const carried = fileScale(json);
  if (carried && !carried.ok) return carried.fail;
  const schema =
    limits === IMPORT_LIMITS ? defaultAnnotatedJsonSchema() : annotatedJsonSchema(limits);
  const parsed = schema.safeParse(json, { error: importErrorMap });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return issue
      ? { ok: false, error: issueToError(issue) }
      : fail([], 'invalid', 'the file is invalid');
  }
  const file = parsed.data;
  const problem = checkConsistency(file, limits);
  if (problem) return { ok: false, error: problem };

  const article = file['factmark:article'];
  const articleText = article['factmark:text'];
  if (/\p{Cs}/u.test(articleText)) {
    return fail(
      [...ARTICLE, 'factmark:text'],
      'bad-text',
      'holds a lone surrogate, which is not a character: the text cannot be hashed or counted in code points',
    );
  }
  if ((await sha256Hex(articleText)) !== article['factmark:textHash']) {
    return fail(
      [...ARTICLE, 'factmark:textHash'],
      'hash-mismatch',
      'is not the SHA-256 of the text: the text was changed or damaged',
    );
  }
  const doc = readArticleDoc(article['factmark:doc'], articleText, limits.docDepth);
  if (!doc.ok) return fail([...ARTICLE, 'factmark:doc', ...doc.path], doc.code, doc.message);

  const record = toArticle(file, doc.doc);
  // stored text is NFC, as every loader gives it; the targets are mapped from the text as it came
  const composed = await composeArticle(record, doc.doc);
  const annotations = file.first.items.map(a =>
    toAnnotation(a, record.id, file['factmark:formatVersion']),
  );
  return {
    ok: true,
    article: composed ?? record,
    annotations,
    // a verdict this browser's scale lacks is not refused: the reviewer adds or maps it
    foreignVerdicts: foreignVerdicts(annotations, scale, carried?.scale, verdictLabels(file)),
    formatVersion: file['factmark:formatVersion'],
    ...(composed && { described: { text: record.text, hash: record.textHash } }),
    ...(carried && { scale: carried.scale }),
    tombstones: (file['factmark:tombstones'] ?? []).map(t => toTombstone(t, record.id)),
  };
}

/**
 * Reads an annotated-JSON file (docs/format.md) and checks all of it before
 * returning anything: structure, format version, limits (IMPORT_LIMITS unless
 * overridden), keys that could pollute prototypes, the text hash, the
 * document against the schema and the text, offsets, URLs, verdicts, ids.
 * Resolves to the article and its annotations in file order, or to the first
 * problem with its JSON path. Never rejects, whatever the input. `onIds`
 * is told the ids the file's annotations and tombstones name as soon as it
 * is read, before it is checked (`namedIds`), to read what is stored under
 * them meanwhile.
 */
export async function parseAnnotatedJson(
  text: string,
  limits: Partial<ImportLimits> = {},
  scale: VerdictScale = DEFAULT_VERDICT_SCALE,
  onIds?: (ids: string[]) => void,
): Promise<ParseResult> {
  const merged = Object.keys(limits).length === 0 ? IMPORT_LIMITS : { ...IMPORT_LIMITS, ...limits };
  try {
    if (typeof text !== 'string') return fail([], 'not-json', 'the file must be read as text');
    return await parse(text, merged, scale, onIds);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail([], 'unreadable', `the file could not be read: ${why}`);
  }
}
