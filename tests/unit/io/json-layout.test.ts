import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyLayered } from '../../../src/io/json-layout';
import { IMPORT_LIMITS, reimportProblem } from '../../../src/io/import-limits';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';

describe('stringifyLayered', () => {
  it('indents down to the flat depth and writes each deeper value on one line', () => {
    const value = { a: 1, list: [{ x: [1, 2], y: 'z' }, { x: [] }], empty: {}, none: [] };
    expect(stringifyLayered(value, 2)).toBe(
      [
        '{',
        '  "a": 1,',
        '  "list": [',
        '    {"x":[1,2],"y":"z"},',
        '    {"x":[]}',
        '  ],',
        '  "empty": {},',
        '  "none": []',
        '}',
      ].join('\n'),
    );
  });

  it('leaves out undefined members as JSON.stringify does, at every depth', () => {
    const value = { kept: 1, gone: undefined, deep: [{ gone: undefined, kept: 2 }] };
    expect(stringifyLayered(value, 1)).toBe('{\n  "kept": 1,\n  "deep": [{"kept":2}]\n}');
    expect(stringifyLayered(value, 3)).toBe(
      '{\n  "kept": 1,\n  "deep": [\n    {\n      "kept": 2\n    }\n  ]\n}',
    );
  });

  it('at depth 0 is JSON.stringify', () => {
    expect(stringifyLayered({ a: [1, { b: 'c' }] }, 0)).toBe('{"a":[1,{"b":"c"}]}');
  });

  it('parses back to the same value as JSON.stringify for any JSON and any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        const layered = stringifyLayered(value, depth);
        expect(JSON.parse(layered)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('reimportProblem', () => {
  it('is undefined when the file fits what an import accepts', () => {
    expect(reimportProblem(IMPORT_LIMITS.fileLength, IMPORT_LIMITS.annotations)).toBeUndefined();
  });

  it('names the annotation count over the limit', () => {
    expect(reimportProblem(1000, 50_001)).toBe(
      'it holds 50,001 annotations, and Factmark imports at most 50,000 from one file',
    );
  });

  it('names the size over the limit', () => {
    expect(reimportProblem(IMPORT_LIMITS.fileLength + 1, 10)).toBe(
      'it is 128.0 MB, and Factmark imports files of at most 128.0 MB',
    );
    expect(reimportProblem(200 * 1024 * 1024, 10)).toMatch(/^it is 200\.0 MB/);
  });
});

describe('exportAnnotatedJson, written again', () => {
  const lines = (json: string) => json.split('\n');

  it('gives the same bytes for the same records, and rewrites an edited record', async () => {
    const { article, annotations } = await sampleExportInput();
    const first = exportAnnotatedJson(article, annotations);
    expect(exportAnnotatedJson(article, annotations)).toBe(first);
    const edited = annotations.map((a, i) => (i === 0 ? { ...a, note: 'Edited note' } : a));
    const second = exportAnnotatedJson(article, edited);
    expect(second).toBe(exportAnnotatedJson(article, structuredClone(edited)));
    const changed = lines(second).filter((line, i) => line !== lines(first)[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('Edited note');
  });

  it('writes the records again when the article they point into changes', async () => {
    const { article, annotations } = await sampleExportInput();
    exportAnnotatedJson(article, annotations);
    const republished = { ...article, publishedAt: '2030-01-02' };
    const json = exportAnnotatedJson(republished, annotations);
    expect(json).toBe(exportAnnotatedJson(republished, structuredClone(annotations)));
    expect(json).toContain('"sourceDate":"2030-01-02T00:00:00Z"');
    expect(json).not.toContain(`"sourceDate":"${article.publishedAt}`);
  });
});
