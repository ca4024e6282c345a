import { describe, expect, it } from 'vitest';
import {
  emptySource,
  fieldsOf,
  parseTags,
  readFields,
  type AnnotationFields,
} from '../../../src/model/annotation-fields';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';

const read = (patch: Partial<AnnotationFields>) =>
  readFields({ ...fieldsOf(), ...patch }, DEFAULT_VERDICT_SCALE);
const source = (patch: Partial<ReturnType<typeof emptySource>>) => ({ ...emptySource(), ...patch });

describe('readFields', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'example.com/no-scheme',
  ])('refuses %s as a source URL, at the field', url => {
    const result = read({ sources: [source({ url })] });
    expect(result).toEqual({
      ok: false,
      errors: { 'sources.0.url': 'Only http:// and https:// links can be sources.' },
    });
  });

  it('accepts http and https sources and trims what was typed', () => {
    const result = read({
      sources: [
        source({
          url: ' https://example.org/a ',
          title: ' A ',
          stance: 'refutes',
          accessedAt: '2026-11-25',
        }),
        source({ url: 'http://example.org/b' }),
      ],
    });
    expect(result.ok && result.value.sources).toEqual([
      { url: 'https://example.org/a', title: 'A', stance: 'refutes', accessedAt: '2026-11-25' },
      { url: 'http://example.org/b', stance: 'supports' },
    ]);
  });

  it('ignores a source row left wholly empty, but not one with a title and no URL', () => {
    expect(read({ sources: [source({})] })).toMatchObject({ ok: true, value: { sources: [] } });
    expect(read({ sources: [source({ title: 'Report' })] })).toEqual({
      ok: false,
      errors: { 'sources.0.url': 'A source needs its URL.' },
    });
  });

  it('asks a correction for what the text should read', () => {
    expect(read({ kind: 'correction', correction: '  ' })).toMatchObject({
      ok: false,
      errors: { correction: expect.any(String) },
    });
    expect(read({ kind: 'correction', correction: 'Robert Habeck' })).toMatchObject({
      ok: true,
      value: { kind: 'correction', correction: 'Robert Habeck' },
    });
  });

  it('keeps a verdict for claims only, and only from the scale', () => {
    expect(read({ verdict: 'pants-on-fire' })).toMatchObject({
      ok: false,
      errors: { verdict: expect.any(String) },
    });
    expect(read({ verdict: 'false' })).toMatchObject({ ok: true, value: { verdict: 'false' } });
    const comment = read({ kind: 'comment', verdict: 'false' });
    expect(comment.ok && 'verdict' in comment.value).toBe(false);
  });

  it('refuses an accessed date that is not a date', () => {
    expect(
      read({ sources: [source({ url: 'https://a.example', accessedAt: 'yesterday' })] }),
    ).toMatchObject({
      ok: false,
      errors: { 'sources.0.accessedAt': expect.any(String) },
    });
  });
});

describe('parseTags', () => {
  it('splits on commas, trims and drops empties and repeats', () => {
    expect(parseTags(' export controls, ,sourcing,export controls ')).toEqual([
      'export controls',
      'sourcing',
    ]);
  });
});
