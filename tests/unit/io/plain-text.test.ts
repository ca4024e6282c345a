import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TextMap } from '../../../src/editor/text-map';
import { docFromPlainText } from '../../../src/io/plain-text';
import { SAMPLE_ARTICLE_ID, sampleArticle } from '../../../src/io/sample-article';
import { sha256Hex } from '../../../src/model/ids';

const sample = () =>
  readFile(new URL('../../../public/samples/us-japan-chip-controls.txt', import.meta.url), 'utf8');

describe('docFromPlainText', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    const doc = docFromPlainText('First line\nsecond line\r\n\r\n\n  Indented second paragraph');
    expect(doc.childCount).toBe(2);
    expect(new TextMap(doc).text).toBe('First line\nsecond line\n  Indented second paragraph');
  });

  it('gives an empty text one empty paragraph rather than an invalid document', () => {
    const doc = docFromPlainText('\n\n');
    expect(doc.childCount).toBe(1);
    expect(() => doc.check()).not.toThrow();
  });
});

describe('the sample article', () => {
  it('keeps the scraping artefacts exactly as scraped', async () => {
    const text = await sample();
    const article = await sampleArticle(text);
    expect(article.id).toBe(SAMPLE_ARTICLE_ID);
    expect(article.publisher).toBe('The Japan Times');
    expect(article.text).toContain('semiconductorPhoto: Massimo Brega, The Lighthouse');
    expect(article.text).toContain('\n  • Read also: The US further restricts');
    expect(article.text.split('\n')).toHaveLength(13);
    // the canonical text is the source text with blank lines collapsed, nothing else changed
    expect(article.text).toBe(text.split('\n\n').join('\n'));
    expect(article.textHash).toBe(await sha256Hex(article.text));
  });
});
