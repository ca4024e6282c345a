import { describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { ORIGIN_REASONS_MAX } from '../../../src/model/origin';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';

/** The sample with its first annotation accepted from a suggestion. */
async function sampleWithOrigin(reasons: string[]) {
  const { article, annotations } = await sampleExportInput();
  const [first, ...rest] = annotations;
  if (!first) throw new Error('the sample has annotations');
  const accepted = { ...first, origin: { type: 'suggestion' as const, reasons } };
  return { article, annotations: [accepted, ...rest], accepted };
}

describe('an annotation’s origin in annotated JSON', () => {
  it('travels through export and import as it was, apart from the note', async () => {
    const { article, annotations, accepted } = await sampleWithOrigin([
      'superlative',
      'close to “Robert Habeck” (German economy minister)',
    ]);
    const file = exportAnnotatedJson(article, annotations);
    expect(file).toContain('"factmark:origin":{"type":"suggestion","reasons":["superlative",');
    const result = await parseAnnotatedJson(file);
    if (!result.ok) throw new Error(result.error.message);
    const back = result.annotations.find(a => a.id === accepted.id);
    expect(back?.origin).toEqual(accepted.origin);
    expect(back?.note).toBe(accepted.note);
    // the others had none and have none
    expect(result.annotations.filter(a => a.origin !== undefined)).toHaveLength(1);
  });

  it('is refused with its place in the file when it holds more reasons than a record keeps', async () => {
    const { article, annotations } = await sampleWithOrigin(
      Array<string>(ORIGIN_REASONS_MAX + 1).fill('superlative'),
    );
    const result = await parseAnnotatedJson(exportAnnotatedJson(article, annotations));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toMatch(/\['factmark:origin'\]\.reasons$/);
  });
});
