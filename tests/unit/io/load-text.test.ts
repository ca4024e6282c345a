import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../src/editor/text-map';
import { headlineOf, titleFromFileName } from '../../../src/io/article-title';
import { loadArticle } from '../../../src/io/load-article';
import { normalizeCharacters, normalizeText } from '../../../src/io/normalize-text';
import { docFromPlainText } from '../../../src/io/plain-text';
import { fixtureBytes } from '../../fixtures/articles/dom-env';

const SAMPLE = 'us-japan-chip-controls.txt';
const sample = () => readFile(`${import.meta.dirname}/../../../public/samples/${SAMPLE}`, 'utf8');
const codePoints = (s: string) => Array.from(s, c => c.codePointAt(0)?.toString(16));

describe('normalizeText', () => {
  it.each([
    ['Windows line ends', 'one\r\ntwo\r\n', 'one\ntwo\n'],
    ['old Mac line ends', 'one\rtwo', 'one\ntwo'],
    ['line and paragraph separators', 'one\u2028two\u2029three', 'one\ntwo\n\nthree'],
    ['a no-break space', 'Yasutoshi\u00a0Nishimura', 'Yasutoshi Nishimura'],
    ['a narrow no-break space', '«\u202fBonjour\u202f»', '« Bonjour »'],
    ['a zero-width space', 'semi\u200bconductor', 'semiconductor'],
    ['a word joiner', 'semi\u2060conductor', 'semiconductor'],
    ['a BOM inside the text', 'one\ufefftwo', 'onetwo'],
    ['trailing spaces and tabs', 'one  \t\ntwo ', 'one\ntwo'],
    ['control characters other than tab', 'a\u0000b\u0007c\td\u001be\u007f', 'abc\tde'],
    ['a joiner next to a space', 'stray\u200d here', 'stray here'],
    ['a joiner at the end of a line', 'stray\u200c\nline', 'stray\nline'],
    ['a joiner next to a digit', '4\u200d2', '42'],
    // NFC: the same letters, composed, so that a quote matches however the source encoded them
    ['decomposed accents (NFC)', 'cafe\u0301 Sedla\u0301c\u030cek', 'café Sedláček'],
    ['decomposed Hangul (NFC)', '\u1100\u1175\u11b7\u1109\u1165', '김서'],
    ['a decomposed name in Vietnamese (NFC)', 'Nguye\u0302\u0303n', 'Nguyễn'],
    ['half a surrogate pair on its own', 'a\uD800b\uDC00c\uD83D', 'a\uFFFDb\uFFFDc\uFFFD'],
  ])('normalizes %s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['a ZWJ emoji sequence', 'coder 👩\u200d💻 here'],
    ['a skin-toned ZWJ sequence', '👩🏽\u200d💻'],
    ['a ZWJ after a variation selector', '🏳\ufe0f\u200d🌈'],
    ['a ZWNJ in Persian', 'می\u200cخواهم'],
    ['a ZWJ in Devanagari', 'क्\u200dष'],
    ['a ZWNJ between Latin letters', 'Auf\u200clage'],
    ['curly quotes, dashes and ellipses', '“Quote,” she said — ‘yes’… «oui»'],
    ['bidi controls', 'abc \u200fשלום\u200e \u202bمرحبا\u202c \u2067x\u2069'],
    ['leading spaces and blank lines', '  indented\n\n\n  • bullet'],
    ['a soft hyphen', 'semi\u00adconductor'],
    ['compatibility characters (no NFKC)', 'ﬁ ligature, ² and ½'],
  ])('keeps %s exactly', (_, input) => {
    expect(codePoints(normalizeText(input))).toEqual(codePoints(input));
  });

  // the characters the rule may touch; everything else must come out unchanged and in order
  // eslint-disable-next-line no-control-regex -- control characters are among those the rule removes
  const TOUCHED = /[\s\u200b-\u200d\u2060\ufeff\u0000-\u001f\u007f]/gu;
  const pieces = fc.oneof(
    fc.constantFrom(
      ...['\r', '\n', '\r\n', '\u2028', '\u00a0', '\u202f', '\u200b', '\u200c', '\u200d'],
      ...['\u2060', '\ufeff', ' ', '\t', '\u0001', '👩', '💻', '\ufe0f', 'م', 'ی', 'a', '.', '"'],
      ...['e', '\u0301', '\u0323', '\u1100', '\u1175', '\u11b7'],
    ),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  const texts = fc.array(pieces, { maxLength: 40 }).map(parts => parts.join(''));

  it('never changes, drops or reorders a visible character (beyond composing it, NFC)', () => {
    const visible = (s: string) => s.replace(TOUCHED, '').normalize('NFC');
    fc.assert(
      fc.property(texts, text => {
        expect(visible(normalizeText(text))).toBe(visible(text));
      }),
    );
  });

  it('gives NFC text', () => {
    fc.assert(
      fc.property(texts, text => {
        const out = normalizeText(text);
        expect(out).toBe(out.normalize('NFC'));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(texts, text => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(normalizeCharacters(normalizeCharacters(text))).toBe(normalizeCharacters(text));
      }),
    );
  });
});

describe('loading a text file', () => {
  it('normalizes a messy paste and splits paragraphs on blank lines', async () => {
    const result = await loadArticle({
      kind: 'file',
      name: 'messy.txt',
      bytes: fixtureBytes('messy.txt'),
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('text');
    expect(result.meta).toEqual({ title: 'Chip controls: a messy paste' });
    expect(canonicalText(result.doc)).toBe(
      [
        'Chip controls: a messy paste',
        'Gina Raimondo spoke with Yasutoshi Nishimura on Friday.',
        'The call was the ministry’s first in this regard.',
        'Reviewers 👩🏽‍💻 and 🏳️‍🌈 flagged it.',
        'Persian: می‌خواهم stays joined.',
        'A stray joiner here and “curly quotes” — dashes… stay as written.',
      ].join('\n'),
    );
    // four paragraphs; the single line breaks inside them are hard breaks
    expect(result.doc.childCount).toBe(4);
    const breaks: string[] = [];
    result.doc.descendants(node => {
      if (node.type.name === 'hard_break') breaks.push(node.type.name);
    });
    expect(breaks).toHaveLength(2);
    // the emoji ZWJ sequences keep every code point
    expect(canonicalText(result.doc)).toContain('\u{1f469}\u{1f3fd}\u200d\u{1f4bb}');
    expect(canonicalText(result.doc)).toContain('\u{1f3f3}\ufe0f\u200d\u{1f308}');
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Text after a BOM'),
    ]);
    const result = await loadArticle({ kind: 'file', name: 'bom.txt', bytes });
    expect(result.ok && canonicalText(result.doc)).toBe('Text after a BOM');
  });

  it('loads a plain paste the same way', async () => {
    const result = await loadArticle({ kind: 'paste', text: 'Headline\r\n\r\nBody\u00a0text.  ' });
    if (!result.ok) throw new Error(result.message);
    expect(result.meta.title).toBe('Headline');
    expect(canonicalText(result.doc)).toBe('Headline\nBody text.');
  });
});

describe('the sample article', () => {
  it('is still built by docFromPlainText exactly as scraped', async () => {
    const text = await sample();
    expect(canonicalText(docFromPlainText(text))).toBe(text.split('\n\n').join('\n'));
  });

  it('loads as a file with the same text as the seeded sample', async () => {
    const text = await sample();
    const result = await loadArticle({
      kind: 'file',
      name: SAMPLE,
      bytes: new TextEncoder().encode(text),
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.doc.toJSON()).toEqual(docFromPlainText(text).toJSON());
    // its first line is a sentence, not a headline: the title comes from the file name
    expect(result.meta.title).toBe('us japan chip controls');
  });
});

describe('titles', () => {
  it.each([
    ['US asks Japan for help\n\nBody.', 'US asks Japan for help'],
    ['  Is the claim true?\nBody.', 'Is the claim true?'],
    ['A sentence that ends like one.\n\nBody.', null],
    ['Dateline:\nBody.', null],
    ['Only one line', null],
    ['12345\n\nBody.', null],
    [`${'Long '.repeat(40)}\n\nBody.`, null],
  ])('headlineOf(%j) is %j', (text, expected) => {
    expect(headlineOf(text)).toBe(expected);
  });

  it.each([
    ['us-japan-chip-controls.txt', 'us japan chip controls'],
    ['C:\\drafts\\chip_controls_v2.md', 'chip controls v2'],
    ['.txt', 'Untitled article'],
  ])('titleFromFileName(%j) is %j', (name, expected) => {
    expect(titleFromFileName(name)).toBe(expected);
  });
});
