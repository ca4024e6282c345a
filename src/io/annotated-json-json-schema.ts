import { z } from 'zod';
import { annotatedJsonSchema } from './annotated-json-schema';
import { IMPORT_LIMITS } from './import-limits';
import { FORMAT_VERSION } from './w3c-context';

/**
 * The published JSON Schema (draft 2020-12) of the annotated-JSON format,
 * generated from the importer's zod schema under the default limits, so the
 * two cannot drift apart. It describes the structure; the checks that need
 * several fields (the text hash, the document against the text, offsets
 * within the text, unique ids) are the importer's and are listed in
 * docs/format.md. Committed as public/schema/factmark-annotations.schema.json.
 */
export function annotatedJsonJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(annotatedJsonSchema(IMPORT_LIMITS), {
    target: 'draft-2020-12',
    io: 'input',
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:factmark:schema:annotated-json:${FORMAT_VERSION}`,
    title: `Factmark annotated JSON, format version ${FORMAT_VERSION}`,
    description:
      'A W3C Web Annotation AnnotationCollection (JSON-LD) of fact-check annotations with the article they annotate embedded. See docs/format.md.',
    ...rest,
  };
}
