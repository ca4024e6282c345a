import { withDeskFields } from '../../../src/model/desk/desk-fields';
import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { annotatedJsonJsonSchema } from '../../../src/io/annotated-json-json-schema';
import { exportClaimReview } from '../../../src/io/claim-review';
import { inReadingOrder } from '../../../src/model/reading-order';
import { FORMAT_VERSION } from '../../../src/io/w3c-context';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { annotatedArticle } from '../../fixtures/formats/arbitraries';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';

// UPDATE_FORMAT_FILES=1 npx vitest run tests/unit/annotated-json-format.test.ts rewrites the
// committed files below from the code, after a deliberate change of the format.
const UPDATE = process.env.UPDATE_FORMAT_FILES === '1';
const file = (path: string) => new URL(`../../../${path}`, import.meta.url);
const SCHEMA_FILE = file('public/schema/factmark-annotations.schema.json');
const SAMPLE_FILE = file('tests/fixtures/formats/sample-export.json');
const CLAIM_REVIEW_FILE = file('tests/fixtures/formats/sample-claim-review.json');

async function sampleFiles() {
  const { article, annotations } = await sampleExportInput();
  const claimReview = exportClaimReview(article, annotations, DEFAULT_VERDICT_SCALE, {
    reviewerName: 'Mika Tanaka',
    publicationUrl: 'https://factcheck.example.org/2026/us-japan-chip-controls',
  });
  return {
    article,
    annotations,
    exported: exportAnnotatedJson(article, annotations),
    claimReview: claimReview.json,
  };
}

function committed(url: URL, generated: string): string {
  if (UPDATE) writeFileSync(url, generated);
  return readFileSync(url, 'utf8');
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validateFormat = ajv.compile(annotatedJsonJsonSchema());

describe('the published annotated-JSON format', () => {
  it('has its JSON Schema committed as generated from the importer’s schema', () => {
    const generated = annotatedJsonJsonSchema();
    const text = committed(SCHEMA_FILE, `${JSON.stringify(generated, null, 2)}\n`);
    // compared as JSON: Prettier may lay the committed file out differently
    expect(JSON.parse(text)).toEqual(generated);
  });

  it('has the sample export committed as the exporter writes it', async () => {
    const { exported } = await sampleFiles();
    expect(committed(SAMPLE_FILE, exported)).toBe(exported);
  });

  it('has the sample ClaimReview committed as the exporter writes it', async () => {
    const { claimReview } = await sampleFiles();
    expect(committed(CLAIM_REVIEW_FILE, claimReview)).toBe(claimReview);
  });

  it('shows both samples verbatim in docs/format.md', async () => {
    const { exported, claimReview } = await sampleFiles();
    const docs = readFileSync(file('docs/format.md'), 'utf8');
    expect(docs).toContain(`\`\`\`json\n${exported}\`\`\``);
    expect(docs).toContain(`\`\`\`json\n${claimReview}\`\`\``);
  });

  it('reads the sample export back to the records it came from', async () => {
    const { article, annotations, exported } = await sampleFiles();
    expect(await parseAnnotatedJson(exported)).toStrictEqual({
      ok: true,
      article,
      annotations: inReadingOrder(annotations).map(withDeskFields),
      formatVersion: FORMAT_VERSION,
      scale: DEFAULT_VERDICT_SCALE,
      foreignVerdicts: [],
      tombstones: [],
    });
  });

  it('reads a format version 1 file as it was, with no history', async () => {
    // the sample export as Factmark wrote it before format version 2
    const v1 = readFileSync(file('tests/fixtures/formats/sample-export-v1.json'), 'utf8');
    expect(JSON.parse(v1)).toMatchObject({ 'factmark:formatVersion': 1 });
    const { article, annotations } = await sampleFiles();
    expect(await parseAnnotatedJson(v1)).toStrictEqual({
      ok: true,
      article,
      annotations: inReadingOrder(annotations).map(a => withDeskFields({ ...a, history: [] })),
      formatVersion: 1,
      foreignVerdicts: [],
      tombstones: [],
    });
  });

  it('escapes <, >, &, U+2028 and U+2029 so the file can sit in an HTML page, and reads back the same', async () => {
    const { article, annotations } = await sampleFiles();
    const breakout = '</script><svg onload=alert(1)> & \u2028\u2029';
    const hostile = { ...article, title: breakout, author: breakout };
    const notes = annotations.map(a => ({ ...a, note: breakout, creator: breakout }));
    const json = exportAnnotatedJson(hostile, notes);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const parsed = await parseAnnotatedJson(json);
    expect(parsed).toMatchObject({ ok: true, article: { title: breakout, author: breakout } });
    if (parsed.ok) expect(parsed.annotations.map(a => a.note)).toEqual(notes.map(() => breakout));
  });

  it('validates the sample export and generated exports against the JSON Schema', async () => {
    const { exported } = await sampleFiles();
    expect(validateFormat(JSON.parse(exported)), ajv.errorsText(validateFormat.errors)).toBe(true);
    fc.assert(
      fc.property(annotatedArticle, ({ article, annotations }) => {
        const ok = validateFormat(JSON.parse(exportAnnotatedJson(article, annotations)));
        expect(ok, ajv.errorsText(validateFormat.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
