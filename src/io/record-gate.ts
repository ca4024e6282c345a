import type { z } from 'zod';
import { CodePointIndex } from '../model/offsets';
import type { Tombstone } from '../model/tombstone';
import type { Annotation, Article } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import { checkAnnotationNode, type ItemContext } from './annotated-json-checks';
import { toTombstone, tombstoneNode } from './annotated-json-desk';
import {
  annotationNode,
  exportAnnotatedJson,
  exportContext,
  type ExportContext,
} from './annotated-json-export';
import { toAnnotation } from './annotated-json-records';
import {
  annotatedJsonSchema,
  defaultAnnotatedJsonSchema,
  recordSchemas,
} from './annotated-json-schema';
import { IMPORT_LIMITS, megabytes, type ImportLimits } from './import-limits';
import { idOfIri } from './iri';
import { escapedForHtmlLength } from './json-for-html';
import { findForbiddenKey, readsBackUnchanged } from './json-guards';
import { FORMAT_VERSION } from './w3c-context';
import { importErrorMap, issueToError } from './zod-issues';

/**
 * What the gate needs of one trusted article, worked out once for every
 * record checked against it: the text's index, how its records are written,
 * and the length of its file without them.
 */
export interface RecordGate {
  article: Article;
  write: ExportContext;
  item: ItemContext;
  /** The length of the article's annotated-JSON file with no annotation in it. */
  bare: number;
  /** The schemas the import checks a file's annotations and tombstones with, under `item.limits`. */
  schemas: ReturnType<typeof recordSchemas>;
}

/** A record as the import would take it, or why it would not. */
export type Gated<T> = { ok: true; record: T } | { ok: false; why: string };

// an annotation adds its line and, between the page's empty `[]` and `[\n      line\n    ]`, 12 characters
const ONE_ITEM_LAYOUT = 12;

/**
 * The gate for records of `article` (this browser's own copy, already
 * trusted: its text, hash and document were checked when it was stored),
 * with this browser's verdict scale, under the import's limits (`limits`
 * as `parseAnnotatedJson` takes them). Costs one export of the bare article.
 */
export function recordGate(
  article: Article,
  scale: VerdictScale,
  limits: Partial<ImportLimits> = {},
): RecordGate {
  const merged = Object.keys(limits).length === 0 ? IMPORT_LIMITS : { ...IMPORT_LIMITS, ...limits };
  const write = exportContext(article, scale);
  return {
    article,
    write,
    item: {
      articleIri: write.articleIri,
      text: new CodePointIndex(article.text),
      limits: merged,
      version: FORMAT_VERSION,
    },
    bare: exportAnnotatedJson(article, [], { scale }).length,
    schemas: recordSchemas(
      merged === IMPORT_LIMITS ? defaultAnnotatedJsonSchema() : annotatedJsonSchema(merged),
    ),
  };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

type AsJson =
  { ok: true; json: unknown; text: string; length: number } | { ok: false; why: string };

/** A node as a file gives it back once written and read, and the length it takes in the file. */
function asJson(node: unknown): AsJson {
  try {
    const text = JSON.stringify(node);
    // the file's bytes are escaped for HTML, which the parser reads back the same; plain data
    // reads back as it is, and is not parsed again
    const json: unknown = readsBackUnchanged(node) ? node : JSON.parse(text);
    return { ok: true, json, text, length: escapedForHtmlLength(text) };
  } catch (e) {
    return { ok: false, why: message(e) };
  }
}

/** The import's checks of a node in its order: keys that could pollute prototypes, then the schema. */
function checkNode<N, T>(
  { json, text }: { json: unknown; text: string },
  schema: z.ZodType<N>,
  then: (node: N) => Gated<T>,
): Gated<T> {
  const forbidden = findForbiddenKey(json, text);
  if (forbidden)
    return {
      ok: false,
      why: `"${String(forbidden[forbidden.length - 1])}" is not allowed as a key anywhere in the file`,
    };
  const parsed = schema.safeParse(json, { error: importErrorMap });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return { ok: false, why: issue ? issueToError(issue).message : 'the file is invalid' };
  }
  return then(parsed.data);
}

/**
 * One annotation of the article through the import's gate, as if it came
 * alone in an annotated-JSON file of the article written by this browser and
 * read back by `parseAnnotatedJson`: the same node, the same schema (the one
 * the import checks every item with), the same `checkAnnotationNode`, the
 * same record made of it. Refused with the import's message otherwise.
 * Never throws.
 */
export function gateAnnotation(gate: RecordGate, record: Annotation): Gated<Annotation> {
  const { article } = gate;
  if (record.articleId !== article.id)
    return { ok: false, why: `annotation ${record.id} belongs to article ${record.articleId}` };
  let node: unknown;
  try {
    node = annotationNode(record, gate.write);
  } catch (e) {
    // a record too malformed to be written at all
    return { ok: false, why: message(e) };
  }
  const json = asJson(node);
  if (!json.ok) return json;
  const length = gate.bare + json.length + ONE_ITEM_LAYOUT;
  if (length > gate.item.limits.fileLength)
    return {
      ok: false,
      why: `the file is too large to import (${megabytes(length)}; at most ${megabytes(gate.item.limits.fileLength)})`,
    };
  return checkNode(json, gate.schemas.annotation, item => {
    const problem = checkAnnotationNode(item, ['first', 'items', 0], gate.item);
    if (problem) return { ok: false, why: problem.message };
    return { ok: true, record: toAnnotation(item, idOfIri(gate.write.articleIri), FORMAT_VERSION) };
  });
}

/**
 * One tombstone of the article through the import's gate, as `gateAnnotation`
 * takes an annotation, but for the file's length: a tombstone too large for a
 * 128 MB file is refused by its fields' limits, with their words. Never throws.
 */
export function gateTombstone(gate: RecordGate, tombstone: Tombstone): Gated<Tombstone> {
  let node: unknown;
  try {
    node = tombstoneNode(tombstone);
  } catch (e) {
    return { ok: false, why: message(e) };
  }
  const json = asJson(node);
  if (!json.ok) return json;
  return checkNode(json, gate.schemas.tombstone, item => ({
    ok: true,
    record: toTombstone(item, idOfIri(gate.write.articleIri)),
  }));
}
