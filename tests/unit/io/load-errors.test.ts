// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":false,"handleDisabledFileLoadingAsSuccess":true}}
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalText } from '../../../src/editor/text-map';
import { ARTICLE_LIMITS } from '../../../src/io/article-limits';
import { tagsNestDeeperThan } from '../../../src/io/html-nesting';
import { IMPORT_LIMITS } from '../../../src/io/import-limits';
import {
  formatOfFileName,
  loadArticle,
  type ArticleInput,
  type LoadErrorCode,
} from '../../../src/io/load-article';
import { fixtureBytes, installStandardDom } from '../../fixtures/articles/dom-env';

beforeAll(installStandardDom);

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, bytes: Uint8Array | string): ArticleInput => ({
  kind: 'file',
  name,
  bytes: typeof bytes === 'string' ? utf8(bytes) : bytes,
});

/** A tiny but real PNG: signature, IHDR, IDAT and IEND chunks. */
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
  0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
  0x42, 0x60, 0x82,
]);

/** Refuses `input` with `code`, and returns the message. */
async function refusal(input: ArticleInput, code: LoadErrorCode): Promise<string> {
  const result = await loadArticle(input);
  if (result.ok) throw new Error(`expected ${code}, but it loaded: ${canonicalText(result.doc)}`);
  expect(result.code).toBe(code);
  return result.message;
}

describe('formatOfFileName', () => {
  it.each([
    ['a.txt', 'text'],
    ['A.TXT', 'text'],
    ['notes.md', 'markdown'],
    ['notes.Markdown', 'markdown'],
    ['page.html', 'html'],
    ['page.htm', 'html'],
    ['archive.tar.gz', null],
    ['photo.png', null],
    ['README', null],
    ['.md.pdf', null],
  ])('%s is %s', (name, format) => {
    expect(formatOfFileName(name)).toBe(format);
  });
});

describe('bad input loads nothing', () => {
  it('refuses an empty file, naming it', async () => {
    expect(await refusal(file('empty.txt', ''), 'empty')).toBe(
      'Could not load “empty.txt”: the file is empty.',
    );
  });

  it('refuses an empty paste', async () => {
    expect(await refusal({ kind: 'paste', text: '' }, 'empty')).toMatch(/nothing was pasted/);
  });

  it('refuses a PNG renamed .txt', async () => {
    expect(await refusal(file('photo.txt', PNG), 'binary')).toBe(
      'Could not load “photo.txt”: it is not text but looks like a PNG image.',
    );
  });

  it.each([
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF document/],
    ['a Word file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /ZIP/],
    ['NUL bytes', utf8('text\u0000with a NUL'), /NUL bytes/],
    ['control characters', new Uint8Array(200).map((_, i) => (i % 3 ? 0x41 : 0x02)), /control/],
  ])('refuses %s whatever its name', async (_, bytes, message) => {
    expect(await refusal(file('article.md', bytes), 'binary')).toMatch(message);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const bytes = new Uint8Array(ARTICLE_LIMITS.fileBytes + 1).fill(0x61);
    expect(await refusal(file('huge.txt', bytes), 'too-large')).toBe(
      'Could not load “huge.txt”: it is 10.0 MB; Factmark loads files of up to 10.0 MB.',
    );
  });

  it('refuses a paste over the size limit', async () => {
    const text = 'a'.repeat(ARTICLE_LIMITS.pasteLength + 1);
    expect(await refusal({ kind: 'paste', text }, 'too-large')).toMatch(/pastes of up to/);
  });

  it.each([
    ['Windows-1252', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])],
    ['a truncated sequence', new Uint8Array([0x61, 0xe2, 0x80])],
    ['an overlong encoding', new Uint8Array([0xc0, 0xaf, 0x61])],
    ['a lone surrogate', new Uint8Array([0xed, 0xa0, 0x80])],
  ])('refuses text that is not UTF-8 (%s)', async (_, bytes) => {
    expect(await refusal(file('latin1.txt', bytes), 'not-utf8')).toMatch(/not UTF-8 text/);
  });

  it('names UTF-16 as such', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(await refusal(file('utf16.txt', bytes), 'not-utf8')).toMatch(/UTF-16/);
  });

  it('refuses a page with no text', async () => {
    expect(await refusal(file('no-text.html', fixtureBytes('no-text.html')), 'no-text')).toMatch(
      /no article text found/,
    );
  });

  it.each([
    ['a text file of blanks', 'blank.txt', ' \r\n\t\u00a0\u200b\n'],
    ['Markdown without text', 'rules.md', '---\n\n![](https://x.example/a.png)\n\n***\n'],
    ['a page of empty paragraphs', 'empty.html', '<p> </p><p>&nbsp;</p><div><br></div>'],
  ])('refuses %s', async (_, name, content) => {
    await refusal(file(name, content), 'no-text');
  });

  it.each(['photo.png', 'report.pdf', 'draft.docx', 'README', 'page.xhtml'])(
    'refuses %s, naming the accepted types',
    async name => {
      expect(await refusal(file(name, 'Some text'), 'unsupported-type')).toBe(
        `Could not load “${name}”: it is not a file type Factmark reads; choose a .txt, .md, .markdown, .html or .htm file.`,
      );
    },
  );
});

describe('limits', () => {
  it('stay within the annotated-JSON import limits, so a loaded article can be exported and imported', () => {
    expect(ARTICLE_LIMITS.textLength).toBeLessThanOrEqual(IMPORT_LIMITS.textLength);
    expect(ARTICLE_LIMITS.docDepth).toBeLessThanOrEqual(IMPORT_LIMITS.docDepth);
    expect(ARTICLE_LIMITS.nameLength).toBeLessThanOrEqual(IMPORT_LIMITS.nameLength);
    expect(ARTICLE_LIMITS.urlLength).toBeLessThanOrEqual(IMPORT_LIMITS.urlLength);
  });

  it('cuts an overlong title', async () => {
    const title = 'Headline '.repeat(200);
    const result = await loadArticle(file('long.html', `<title>${title}</title><p>Body text.</p>`));
    if (!result.ok) throw new Error(result.message);
    expect(result.meta.title.length).toBeLessThanOrEqual(ARTICLE_LIMITS.nameLength);
    expect(result.meta.title).toMatch(/^Headline Headline .*Headline…$/);
  });
});

describe('tagsNestDeeperThan', () => {
  const nest = (open: string, close: string, n: number) => open.repeat(n) + close.repeat(n);
  it.each([
    ['nested divs', nest('<div>', '</div>', 11), true],
    ['sibling divs', '<div></div>'.repeat(50), false],
    ['unclosed paragraphs', '<p>a'.repeat(50), false],
    ['unclosed list items', `<ul>${'<li>a'.repeat(50)}</ul>`, false],
    ['void elements', '<br><img src=x><hr><input>'.repeat(20), false],
    ['nested lists', nest('<ul><li>', '</li></ul>', 11), true],
    ['a script full of tags', `<script>${'<div>'.repeat(50)}</script><p>x</p>`, false],
    ['a comment full of tags', `<!--${'<div>'.repeat(50)}--><p>x</p>`, false],
    ['self-closing SVG shapes', `<svg>${'<path d="M0 0"/>'.repeat(50)}</svg>`, false],
    ['self-closing divs (HTML opens them)', '<div/>'.repeat(11), true],
    ['upper-case tags', nest('<DIV>', '</DIV>', 11), true],
    ['stray end tags', '</div>'.repeat(50) + nest('<b>', '</b>', 5), false],
  ])('%s', (_, html, deeper) => {
    expect(tagsNestDeeperThan(html, 10)).toBe(deeper);
  });

  it('scans 10 MB of hostile text in linear time', () => {
    const start = performance.now();
    for (const html of ['<a'.repeat(5e6), '<!--'.repeat(2.5e6), '<script>'.repeat(1.25e6)]) {
      expect(tagsNestDeeperThan(html, 500)).toBe(false);
    }
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('size and nesting never hang the loader', () => {
  const timed = async (input: ArticleInput) => {
    const start = performance.now();
    const result = await loadArticle(input);
    return { result, ms: performance.now() - start };
  };

  it('refuses 20 MB of text within 5 s', async () => {
    const { result, ms } = await timed(
      file('huge.txt', new Uint8Array(20 * 1024 * 1024).fill(0x61)),
    );
    expect(result.ok || result.code).toBe('too-large');
    expect(ms).toBeLessThan(5000);
  });

  it('loads 9 MB of text within 5 s', async () => {
    const paragraph = 'The United States has asked Japan for cooperation on chips. '.repeat(8);
    const text = `${paragraph}\n\n`.repeat(Math.floor((9 * 1024 * 1024) / (paragraph.length + 2)));
    const { result, ms } = await timed(file('long.txt', text));
    expect(result.ok).toBe(true);
    expect(ms).toBeLessThan(5000);
  }, 20_000);

  it('refuses 50,000 nested divs without overflowing the stack', async () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}deep text${'</div>'.repeat(50_000)}</body></html>`;
    const { result, ms } = await timed(file('deep.html', html));
    expect(result.ok || result.code).toBe('too-deep');
    expect(result.ok || result.message).toMatch(/more than 500 levels deep/);
    expect(ms).toBeLessThan(5000);
    const pasted = await loadArticle({ kind: 'paste', text: 'deep text', html });
    expect(pasted.ok || pasted.code).toBe('too-deep');
  }, 20_000);

  it('reads a page nested just under the limit', async () => {
    const depth = ARTICLE_LIMITS.htmlDepth - 3; // html and body count too
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep but fine.</p>${'</div>'.repeat(depth)}</body></html>`;
    const result = await loadArticle(file('deep.html', html));
    expect(result.ok && canonicalText(result.doc)).toBe('Deep but fine.');
  });

  it.each([
    ['quotes', `${'>'.repeat(5_000)} deep\n`],
    ['lists', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')],
  ])('refuses Markdown %s nested past the document limit', async (_, source) => {
    expect(await refusal(file('deep.md', source), 'too-deep')).toMatch(/nest too deeply/);
  });

  it('measures the parsed page too, when the tags hide their nesting from the estimate', async () => {
    // "<" inside an attribute hides each tag from the text scan, not from the parser
    const html = `<html><body>${'<div title="<">'.repeat(600)}x</body></html>`;
    expect(tagsNestDeeperThan(html, ARTICLE_LIMITS.htmlDepth)).toBe(false);
    expect(await refusal(file('hidden.html', html), 'too-deep')).toMatch(/more than 500 levels/);
  });

  it('refuses a page with more elements than the limit', async () => {
    // many small lists of children: happy-dom appends slowly to very long ones
    const rows = `<p>${'<b>a</b>'.repeat(99)}</p>`.repeat(ARTICLE_LIMITS.htmlElements / 100 + 1);
    const html = `<div>${rows}</div>`;
    expect(await refusal(file('breaks.html', html), 'too-complex')).toMatch(
      /more than 200,000 elements/,
    );
  }, 60_000); // 200,000 elements take seconds in happy-dom, more beside other files

  it('reads a page too big for Readability whole', async () => {
    const paragraphs = Array.from({ length: 16_000 }, (_, i) => `<p>Paragraph ${i}.</p>`);
    const html = `<nav><a href="/">Home</a></nav><article>${paragraphs.join('')}</article>`;
    const result = await loadArticle(file('big.html', html));
    if (!result.ok) throw new Error(result.message);
    // 32,000 elements: no Readability, so the navigation stays
    expect(canonicalText(result.doc).startsWith('Home\nParagraph 0.\n')).toBe(true);
  }, 60_000);

  it.each([
    ['text', 'lines.txt'],
    ['Markdown', 'lines.md'],
  ])('refuses %s with more lines than the limit', async (_, name) => {
    const text = 'a\n'.repeat(ARTICLE_LIMITS.lines);
    expect(await refusal(file(name, text), 'too-complex')).toMatch(/more than 200,000 lines/);
  });

  it('refuses Markdown over its own size limit', async () => {
    const bytes = new Uint8Array(ARTICLE_LIMITS.markdownBytes + 1).fill(0x61);
    expect(await refusal(file('big.md', bytes), 'too-large')).toMatch(
      /Markdown files of up to 1.0 MB/,
    );
  });

  it('refuses HTML quotes nested past the document limit', async () => {
    const html = `${'<blockquote>'.repeat(150)}<p>deep</p>${'</blockquote>'.repeat(150)}`;
    expect(await refusal({ kind: 'paste', text: '', html }, 'too-deep')).toMatch(
      /up to 100 levels/,
    );
  });
});
