import { readdirSync, readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { annotatedArticle } from '../../fixtures/formats/arbitraries';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';

// The W3C Web Annotation MUST assertions (web-annotation-tests, copied under
// tests/fixtures/conformance/w3c-annotation-model/) as a checker. Every listed
// assertion is a draft-04 schema with `expectedResult`; data meets it when
// ajv's verdict equals that expectation (all 54 expect "valid").

const ROOT = new URL('../../fixtures/conformance/w3c-annotation-model/', import.meta.url);

/** A JSON file under the W3C fixture folder. */
const readW3c = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, ROOT), 'utf8')) as unknown;

/** The raw text of every sample in `samples/<folder>/`, by file name. */
function w3cSamples(folder: 'correct' | 'incorrect'): [string, string][] {
  const dir = new URL(`samples/${folder}/`, ROOT);
  return readdirSync(dir)
    .filter(f => f.endsWith('.json'))
    .sort()
    .map(f => [f, readFileSync(new URL(f, dir), 'utf8')]);
}

interface Assertion {
  title: string;
  expectedResult: 'valid' | 'invalid';
}

const ajv = new Ajv04({ strict: false, allErrors: false });
addFormats(ajv);
for (const name of [
  'annotations',
  'bodyTarget',
  'choiceSet',
  'collections',
  'id',
  'otherProperties',
  'specificResource',
]) {
  ajv.addSchema(readW3c(`definitions/${name}.json`) as object);
}

const list = readW3c('annotations/annotationMusts.test') as { assertions: string[] };

/** Every MUST assertion of annotationMusts.test, compiled. */
const MUST_ASSERTIONS = list.assertions.map(path => {
  const schema = readW3c(path) as Assertion & object;
  return {
    path,
    title: schema.title,
    expected: schema.expectedResult,
    validate: ajv.compile(schema),
  };
});

/** The paths of the MUST assertions a value fails (empty: it conforms). */
function failedMusts(value: unknown): string[] {
  return MUST_ASSERTIONS.filter(a => a.validate(value) !== (a.expected === 'valid')).map(
    a => a.path,
  );
}

/** Validates a value against a definition, e.g. `collections.json#/definitions/itemsFound`. */
function meetsDefinition(ref: string, value: unknown): boolean {
  return ajv.validate({ $ref: ref }, value);
}

type Json = Record<string, unknown>;

/** Each annotation of an export as a standalone document: with the collection's @context, as embedding implies. */
function annotationsOf(exported: string): Json[] {
  const collection = JSON.parse(exported) as Json & { first: { items: Json[] } };
  return collection.first.items.map(item => ({ '@context': collection['@context'], ...item }));
}

const COLLECTION_DEFINITIONS = [
  'collections.json#/definitions/annotationCollectionTypeValueFound',
  'collections.json#/definitions/labelDefinition',
  'collections.json#/definitions/totalDefinition',
  'collections.json#/definitions/firstValidIfPresent',
  'collections.json#/definitions/firstRequiredIfTotalMoreThanZero',
  'collections.json#/definitions/lastValidIfPresent',
];
const PAGE_DEFINITIONS = [
  'collections.json#/definitions/annotationPageTypeValueFound',
  'collections.json#/definitions/itemsFound',
  'collections.json#/definitions/partOfValidIfPresent',
  'collections.json#/definitions/nextValidIfPresent',
  'collections.json#/definitions/prevValidIfPresent',
  'collections.json#/definitions/startIndexDefinition',
];

describe('the W3C MUST harness', () => {
  it('runs all 54 assertions of annotationMusts.test', () => {
    expect(MUST_ASSERTIONS).toHaveLength(54);
  });

  it.each(w3cSamples('correct'))('passes every assertion on the correct sample %s', (_, text) => {
    expect(failedMusts(JSON.parse(text))).toEqual([]);
  });

  it.each(w3cSamples('incorrect'))(
    'fails at least one assertion on the incorrect sample %s',
    (_, text) => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return; // not JSON at all: fails before any assertion
      }
      expect(failedMusts(value).length).toBeGreaterThan(0);
    },
  );
});

describe('the annotated-JSON export', () => {
  it('meets every MUST on each annotation of the sample export', async () => {
    const { article, annotations } = await sampleExportInput();
    const items = annotationsOf(exportAnnotatedJson(article, annotations));
    expect(items).toHaveLength(4);
    for (const item of items) expect([item.id, failedMusts(item)]).toEqual([item.id, []]);
  });

  it('meets the collection and page definitions', async () => {
    const { article, annotations } = await sampleExportInput();
    const collection = JSON.parse(exportAnnotatedJson(article, annotations)) as Json & {
      first: Json;
    };
    for (const ref of COLLECTION_DEFINITIONS)
      expect([ref, meetsDefinition(ref, collection)]).toEqual([ref, true]);
    for (const ref of PAGE_DEFINITIONS)
      expect([ref, meetsDefinition(ref, collection.first)]).toEqual([ref, true]);
    expect(
      meetsDefinition(
        'collections.json#/definitions/contextValueInArrayFound',
        collection['@context'],
      ),
    ).toBe(true);
  });

  it('meets every MUST for generated articles and annotations', async () => {
    await fc.assert(
      fc.property(annotatedArticle, x => {
        const items = annotationsOf(exportAnnotatedJson(x.article, x.annotations));
        for (const item of items) expect(failedMusts(item)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
