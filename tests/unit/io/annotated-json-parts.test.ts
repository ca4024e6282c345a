import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  exportAnnotatedJson,
  exportAnnotatedJsonParts,
} from '../../../src/io/annotated-json-export';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';

// the exporter's output before it wrote in parts, kept as the docs' example file
const WRITTEN_BEFORE = readFileSync(
  new URL('../../fixtures/formats/sample-export.json', import.meta.url),
  'utf8',
);

describe('exportAnnotatedJsonParts', () => {
  it('gives, joined, the very bytes the exporter wrote as one string', async () => {
    const { article, annotations } = await sampleExportInput();
    const parts = exportAnnotatedJsonParts(article, annotations);
    expect(parts.join('')).toBe(WRITTEN_BEFORE);
    expect(exportAnnotatedJson(article, annotations)).toBe(WRITTEN_BEFORE);
  });

  it('makes a Blob of the same bytes as one string would', async () => {
    const { article, annotations } = await sampleExportInput();
    const options = { scale: DEFAULT_VERDICT_SCALE, generated: '2026-12-06T03:00:00Z' };
    const parts = exportAnnotatedJsonParts(article, annotations, options);
    const fromParts = new Uint8Array(await new Blob(parts).arrayBuffer());
    const whole = new TextEncoder().encode(exportAnnotatedJson(article, annotations, options));
    expect(fromParts).toEqual(whole);
  });

  it('keeps each annotation line a part of its own, never joined with the rest', async () => {
    const { article, annotations } = await sampleExportInput();
    const parts = exportAnnotatedJsonParts(article, annotations);
    const lines = parts.filter(p => p.startsWith('{"id":"urn:uuid:'));
    expect(lines).toHaveLength(annotations.length);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ type: 'Annotation' });
    // the article's text is in one part, and no part holds two annotations
    expect(parts.filter(p => p.includes('"type":"Annotation"'))).toHaveLength(annotations.length);
  });
});
