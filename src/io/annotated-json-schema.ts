import { z } from 'zod';
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, SOURCE_STANCES } from '../model/types';
import { isHttpUrl } from '../model/urls';
import { DEFAULT_VERDICT_SCALE } from '../model/verdict-scale';
import { ASSESSMENTS_PER_ANNOTATION, deskSchemas } from './annotated-json-desk-schema';
import type { ImportErrorCode } from './import-error';
import { IMPORT_LIMITS, type ImportLimits } from './import-limits';
import { ORIGIN_REASONS_MAX } from '../model/origin';
import { UUID_IRI_PATTERN } from './iri';
import { isIsoDate, isIsoDateTime } from '../model/iso-dates';
import { withCompiledParser } from './zod-parser';
import {
  ANNO_CONTEXT,
  MOTIVATION_OF_KIND,
  READABLE_FORMAT_VERSIONS,
  TEXT_FORMAT,
} from './w3c-context';

// The app runs under a CSP without 'unsafe-eval': zod must not compile validators with `new Function`
// (even its probe for whether it may is reported as a policy violation).
z.config({ jitless: true });

const DEFAULT_VERDICT_IDS = DEFAULT_VERDICT_SCALE.map(v => v.id);
const DATE_TIME_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const DATE_OR_DATE_TIME_PATTERN = `${DATE_PATTERN.slice(0, -1)}(T.*)?$`;

// A check that carries an ImportErrorCode; `pattern` documents it in the JSON Schema.
const checked = (
  test: (v: string) => boolean,
  code: ImportErrorCode,
  message: string,
  pattern?: string,
) =>
  z
    .string()
    .refine(test, { error: message, params: { code } })
    .meta(pattern === undefined ? {} : { pattern });

const oneOf = <T extends string>(what: string, values: readonly T[]) =>
  z.enum(values as [T, ...T[]], {
    error: iss =>
      `unknown ${what} ${JSON.stringify(iss.input)}: expected one of ${values.join(', ')}`,
  });

const uuidIri = checked(
  v => UUID_IRI_PATTERN.test(v),
  'bad-id',
  'must be "urn:uuid:" followed by a UUID',
  UUID_IRI_PATTERN.source,
);
const dateTime = checked(
  isIsoDateTime,
  'bad-date',
  'must be a date and time with its offset, like 2026-11-25T12:00:00.000Z',
  DATE_TIME_PATTERN,
);
const date = checked(isIsoDate, 'bad-date', 'must be a date like 2026-11-25', DATE_PATTERN);
const dateOrDateTime = checked(
  v => isIsoDate(v) || isIsoDateTime(v),
  'bad-date',
  'must be a date like 2022-12-10 or a date and time like 2022-12-10T09:00:00+09:00',
  DATE_OR_DATE_TIME_PATTERN,
);
const textFormat = z.literal(TEXT_FORMAT).optional();

/**
 * The zod schema of an annotated-JSON file (format versions 1 to 3) under the given
 * limits: the structure and every check that needs no other part of the file.
 * What does (the text hash, the document against the text, offsets within the
 * text, one article for all) is checked by `parseAnnotatedJson`.
 */
export function annotatedJsonSchema(limits: ImportLimits = IMPORT_LIMITS) {
  const name = z.string().max(limits.nameLength);
  const desk = deskSchemas({ limits, name, dateTime, uuidIri });
  const httpUrl = (what: string) =>
    z
      .string()
      .max(limits.urlLength)
      .refine(isHttpUrl, {
        error: `only http and https links can be ${what}`,
        params: { code: 'bad-url' },
      })
      .meta({ pattern: '^\\s*[Hh][Tt][Tt][Pp][Ss]?:' });

  const article = z.object({
    id: uuidIri,
    type: z.literal('factmark:Article'),
    'factmark:title': name.meta({ description: 'The article title.' }),
    'factmark:sourceUrl': httpUrl("an article's address").optional(),
    'factmark:publisher': name.optional(),
    'factmark:author': name.optional(),
    'factmark:publishedAt': dateOrDateTime
      .meta({ description: 'When the article was published: a date or an RFC 3339 date-time.' })
      .optional(),
    created: dateTime,
    modified: dateTime,
    'factmark:previousVersion': uuidIri
      .meta({ description: 'The article version this text replaced.' })
      .optional(),
    'factmark:textHash': z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'must be the SHA-256 of the text in lowercase hex' })
      .meta({ description: 'Lowercase hex SHA-256 of the UTF-8 bytes of factmark:text.' }),
    'factmark:text': z.string().max(limits.textLength).meta({
      description:
        'The canonical text: every textblock of the document joined by one newline. Selectors count Unicode code points of it.',
    }),
    'factmark:doc': z.looseObject({ type: z.string() }).meta({
      description:
        'The ProseMirror document (JSON) of the article schema, nested at most docDepth levels.',
    }),
  });

  const textual = <P extends string>(purpose: P, value: z.ZodString) =>
    z.object({
      type: z.literal('TextualBody'),
      purpose: z.literal(purpose),
      value,
      format: textFormat,
    });
  const assessing = textual('assessing', name)
    .extend({
      // any id: one not on the reader's scale is for the reviewer to add or map (foreignVerdicts)
      'factmark:verdict': z
        .string()
        .min(1, { error: 'a verdict needs an id' })
        .max(limits.nameLength)
        .meta({
          description: `The verdict's id on the file's scale (factmark:scale); the default scale's are ${DEFAULT_VERDICT_IDS.join(', ')}.`,
        }),
      'factmark:ratingValue': z.number().optional(),
      ...desk.assessing,
    })
    .meta({
      description:
        'A verdict: its label as value, its id as factmark:verdict; the decision (factmark:decision) or one reviewer’s assessment (creator).',
    });
  const linking = z
    .object({
      type: z.literal('SpecificResource'),
      purpose: z.literal('linking'),
      source: httpUrl('sources'),
      'factmark:url': httpUrl('sources').optional(),
      'factmark:stance': oneOf('stance', SOURCE_STANCES),
      'factmark:title': name.optional(),
      'factmark:publisher': name.optional(),
      'factmark:quote': z.string().max(limits.quoteLength).optional(),
      'factmark:accessedAt': date.optional(),
      'factmark:archivedUrl': httpUrl('archived copies').optional(),
    })
    .meta({
      description:
        'A source: source is the link as a URI; factmark:url is the link as written, when that differs.',
    });
  const body = z.discriminatedUnion(
    'purpose',
    [
      assessing,
      textual('commenting', z.string().max(limits.noteLength)),
      textual('editing', z.string().max(limits.quoteLength)),
      linking,
      textual('tagging', name.min(1, { error: 'a tag cannot be empty' })),
    ],
    { error: "a body's purpose must be one of assessing, commenting, editing, linking, tagging" },
  );

  const offset = z
    .number({ error: 'must be a number of code points' })
    .int({ error: 'must be a whole number of code points' })
    .nonnegative({ error: 'cannot be negative' });
  const selector = z.discriminatedUnion(
    'type',
    [
      z.object({
        type: z.literal('TextQuoteSelector'),
        exact: z.string().max(limits.quoteLength),
        prefix: z.string().max(limits.contextLength),
        suffix: z.string().max(limits.contextLength),
      }),
      z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
    ],
    { error: 'a selector must be a TextQuoteSelector or a TextPositionSelector' },
  );

  const fuzzy = z.object({
    method: z.literal('fuzzy'),
    confidence: z.number().min(0).max(1),
    confirmed: z.boolean(),
    previousExact: z.string().max(limits.quoteLength),
  });
  const orphan = z.object({
    method: z.literal('orphan'),
    textHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in lowercase hex' })
      .meta({
        description:
          'SHA-256 of the text the target was last anchored on (an earlier version): a later version is mapped from it.',
      })
      .optional(),
    previousExact: z
      .string()
      .max(limits.quoteLength)
      .meta({ description: 'The quote as checked, while an unconfirmed fuzzy match is orphaned.' })
      .optional(),
  });
  const anchoring = z.discriminatedUnion(
    'method',
    [z.object({ method: z.enum(['position', 'quote']) }), orphan, fuzzy],
    { error: 'the anchoring method must be one of position, quote, fuzzy, orphan' },
  );

  // verdicts of the past are kept as they were, even one the scale no longer has
  const change = <F extends string, V extends z.ZodType>(field: F, value: V) =>
    z.object({
      field: z.literal(field),
      from: value.optional(),
      to: value.optional(),
      by: name,
      ...desk.history,
      at: dateTime,
    });
  const history = z
    .array(
      z.discriminatedUnion(
        'field',
        [change('verdict', name), change('status', oneOf('status', ANNOTATION_STATUSES))],
        { error: 'a history entry must record a verdict or a status change' },
      ),
    )
    .max(limits.historyPerAnnotation)
    .meta({
      description:
        'Every change of verdict and status, oldest first: field, from, to (absent: no value), by, at.',
    });

  const annotation = z.object({
    id: uuidIri,
    type: z.literal('Annotation'),
    motivation: oneOf('motivation', Object.values(MOTIVATION_OF_KIND)),
    'factmark:kind': oneOf('kind', ANNOTATION_KINDS),
    'factmark:status': oneOf('status', ANNOTATION_STATUSES),
    creator: desk.creator,
    created: dateTime,
    modified: dateTime,
    'factmark:anchoring': anchoring
      .meta({ description: 'How the annotation was last anchored onto the text.' })
      .optional(),
    'factmark:origin': z
      .object({
        type: z.literal('suggestion'),
        reasons: z.array(name).max(ORIGIN_REASONS_MAX),
      })
      .meta({
        description:
          'Where the annotation came from: an accepted suggestion, with the reasons the claim spotter gave.',
      })
      .optional(),
    'factmark:history': history.optional(),
    'factmark:revs': desk.revs.optional(),
    'factmark:conflict': desk.conflict.optional(),
    body: z
      .array(body)
      .max(limits.sourcesPerAnnotation + limits.tagsPerAnnotation + ASSESSMENTS_PER_ANNOTATION + 4)
      .optional(),
    target: z.object({
      type: z.literal('SpecificResource'),
      source: uuidIri,
      selector: z.array(selector).length(2, {
        error: 'must hold one TextQuoteSelector and one TextPositionSelector',
      }),
    }),
  });

  return z.object({
    '@context': z
      .array(z.unknown())
      .refine(c => c.includes(ANNO_CONTEXT), { error: `must include "${ANNO_CONTEXT}"` })
      .meta({ contains: { const: ANNO_CONTEXT } }),
    id: z.string().max(limits.urlLength),
    type: z.literal('AnnotationCollection'),
    'factmark:formatVersion': z.literal(READABLE_FORMAT_VERSIONS).meta({
      description: 'The format version; a reader refuses versions newer than it knows.',
    }),
    label: z.string().optional(),
    total: z.number().int().nonnegative(),
    generated: dateTime.optional(),
    'factmark:article': article,
    'factmark:scale': desk.scale.optional(),
    'factmark:tombstones': desk.tombstones.optional(),
    first: z.object({
      type: z.literal('AnnotationPage'),
      items: z
        .array(annotation)
        .max(limits.annotations)
        .meta({ description: 'The annotations, in reading order.' }),
    }),
  });
}

/** A file that passed `annotatedJsonSchema`: the shape `parseAnnotatedJson` goes on to check. */
export type AnnotatedJsonFile = z.infer<ReturnType<typeof annotatedJsonSchema>>;
/** One annotation of a schema-checked file. */
export type AnnotationNode = AnnotatedJsonFile['first']['items'][number];
/** One body of a schema-checked annotation; `purpose` tells which. */
export type BodyNode = NonNullable<AnnotationNode['body']>[number];

/** The file schema of the import's own limits. */
export type AnnotatedJsonSchema = ReturnType<typeof annotatedJsonSchema>;

let defaultSchema: AnnotatedJsonSchema | undefined;

/**
 * `annotatedJsonSchema(IMPORT_LIMITS)` with a parser in front of zod's
 * runtime (`withCompiledParser`), made once: building it takes a few
 * milliseconds.
 */
export function defaultAnnotatedJsonSchema(): AnnotatedJsonSchema {
  return (defaultSchema ??= withCompiledParser(annotatedJsonSchema(IMPORT_LIMITS)));
}

const recordSchemasOf = new WeakMap<AnnotatedJsonSchema, RecordSchemas>();

/**
 * The schemas of one annotation and one tombstone of a file schema: the very
 * ones its items and tombstones are checked with, for a record that comes
 * alone (the desk sync's), each with its parser (`withCompiledParser`), made
 * once per file schema.
 */
export function recordSchemas(file: AnnotatedJsonSchema) {
  let schemas = recordSchemasOf.get(file);
  if (!schemas) {
    schemas = {
      annotation: withCompiledParser(file.shape.first.shape.items.element),
      tombstone: withCompiledParser(file.shape['factmark:tombstones'].unwrap().element),
    };
    recordSchemasOf.set(file, schemas);
  }
  return schemas;
}

type AnnotationSchema = AnnotatedJsonSchema['shape']['first']['shape']['items']['element'];
type TombstoneSchema = ReturnType<
  AnnotatedJsonSchema['shape']['factmark:tombstones']['unwrap']
>['element'];
interface RecordSchemas {
  annotation: AnnotationSchema;
  tombstone: TombstoneSchema;
}
