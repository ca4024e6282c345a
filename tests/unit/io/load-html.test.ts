// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":false,"handleDisabledFileLoadingAsSuccess":true}}
import { readFile } from 'node:fs/promises';
import { DOMParser as PmDOMParser, type Node as PmNode } from 'prosemirror-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/editor/schema';
import { canonicalText } from '../../../src/editor/text-map';
import { cleanPublishedAt, extractHtmlMetadata } from '../../../src/io/html-metadata';
import { loadArticle, type LoadedArticle } from '../../../src/io/load-article';
import { BOUNDARY_TAGS, sanitizeArticleHtml, SCHEMA_TAGS } from '../../../src/io/sanitize';
import { fixtureBytes, installStandardDom } from '../../fixtures/articles/dom-env';

beforeAll(installStandardDom);

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

async function loadPage(html: string, name = 'page.html'): Promise<LoadedArticle> {
  const result = await loadArticle({ kind: 'file', name, bytes: new TextEncoder().encode(html) });
  if (!result.ok) throw new Error(result.message);
  return result;
}

async function paste(html: string, text = ''): Promise<LoadedArticle> {
  const result = await loadArticle({ kind: 'paste', text, html });
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Each link in the document as [text, href]. */
function links(doc: PmNode): [string, string][] {
  const out: [string, string][] = [];
  doc.descendants(node => {
    const link = node.marks.find(m => m.type.name === 'link');
    if (node.isText && link) out.push([node.text ?? '', link.attrs.href as string]);
  });
  return out;
}

describe('loading a saved news page', () => {
  let article: LoadedArticle;
  let text: string;
  beforeAll(async () => {
    const result = await loadArticle({
      kind: 'file',
      name: 'news-page.html',
      bytes: fixtureBytes('news-page.html'),
    });
    if (!result.ok) throw new Error(result.message);
    article = result;
    text = canonicalText(result.doc);
  });

  it('reads the metadata: JSON-LD first, then Open Graph and the canonical link', () => {
    expect(article.format).toBe('html');
    expect(article.meta).toEqual({
      title: 'US asks Japan for cooperation to thwart China’s chip development',
      sourceUrl: 'https://www.japantimes.co.jp/news/2022/11/26/business/us-japan-chip-controls/',
      publisher: 'The Japan Times',
      author: 'Kyodo News',
      publishedAt: '2022-11-26T14:45:00+09:00',
    });
  });

  it('keeps every paragraph of the article, sentence for sentence', async () => {
    const sample = await readFile(
      `${import.meta.dirname}/../../../public/samples/us-japan-chip-controls.txt`,
      'utf8',
    );
    // the sample's paragraphs without its scraping artefacts (photo credit, source line, "Read also")
    const paragraphs = sample
      .split('\n\n')
      .filter(p => !/^(semiconductorPhoto|Source:| {2}•)/.test(p));
    expect(paragraphs).toHaveLength(10);
    for (const paragraph of paragraphs) expect(text.split('\n')).toContain(paragraph);
  });

  it('starts with the headline and keeps the subheading and the caption', () => {
    expect(article.doc.firstChild?.type.name).toBe('heading');
    expect(article.doc.firstChild?.attrs.level).toBe(1);
    expect(article.doc.firstChild?.textContent).toBe(article.meta.title);
    expect(text.split('\n')).toContain('Caught between ally and partner');
    const captions: string[] = [];
    article.doc.descendants(node => {
      if (node.type.name === 'figcaption') captions.push(node.textContent);
    });
    expect(captions).toEqual([
      'Photo: Massimo Brega, The Lighthouse / Sciencephoto / Profimedia Images',
    ]);
  });

  it.each([
    ['navigation', 'National'],
    ['navigation', 'Subscribe'],
    ['an ad', 'Advertisement'],
    ['the related box', 'Related stories'],
    ['the related box', 'TSMC breaks ground on Kumamoto plant'],
    ['the comments', 'Comments'],
    ['the comments', 'This was always going to happen'],
    ['the comment form', 'Post comment'],
    ['the newsletter popup', 'Sign up for our daily newsletter'],
    ['the footer', 'All rights reserved'],
    ['the footer', 'Privacy policy'],
    ['the share buttons', 'Share on Twitter'],
    ['a script', 'dataLayer'],
    ['an image (captioned)', 'A semiconductor wafer'],
  ])('drops %s (%j)', (_, boilerplate) => {
    expect(text).not.toContain(boilerplate);
  });

  it('collapses white space as a browser shows it, no-break spaces included', () => {
    expect(text).toContain('Japanese Industry Minister Yasutoshi Nishimura on Friday.');
    for (const line of text.split('\n')) {
      expect(line).not.toMatch(/\s{2}|^\s|\s$|\u00a0/);
    }
  });

  it('keeps its links absolute and http(s) only, and no image address', () => {
    for (const [, href] of links(article.doc)) expect(href).toMatch(/^https?:\/\//);
    expect(links(article.doc)).toContainEqual(['ASML Holding NV', 'https://www.asml.com/']);
    expect(JSON.stringify(article.doc.toJSON())).not.toMatch(/\.jpe?g|srcset|cdn\./);
  });
});

describe('loading a page whose letters come decomposed', () => {
  it('gives the canonical text in NFC, title and names too', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const html = nfd(
      '<html><head><title>Sedláček in Prague</title></head><body><article><h1>Sedláček in Prague</h1>' +
        '<p>Tomáš Sedláček met Nguyễn Thị Phương and 김서연 in <em>Brno</em>.</p></article></body></html>',
    );
    const result = await loadPage(html);
    const text = canonicalText(result.doc);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Tomáš Sedláček met Nguyễn Thị Phương and 김서연 in Brno.');
    expect(result.meta.title).toBe('Sedláček in Prague');
  });
});

describe('extractHtmlMetadata', () => {
  it('falls back to Open Graph, <meta name=author> and <title> without JSON-LD', () => {
    const meta = extractHtmlMetadata(
      page(`<head><title>Page title | Site</title>
        <meta property="og:title" content="OG title">
        <meta property="og:url" content="https://example.org/a">
        <meta property="og:site_name" content="Example Daily">
        <meta property="article:published_time" content="2024-05-01T08:30+0200">
        <meta property="article:author" content="https://example.org/authors/ana">
        <meta name="author" content="Ana Ortiz"></head>`),
    );
    expect(meta).toEqual({
      title: 'OG title',
      pageTitle: 'Page title | Site',
      sourceUrl: 'https://example.org/a',
      publisher: 'Example Daily',
      author: 'Ana Ortiz',
      publishedAt: '2024-05-01T08:30:00+02:00',
    });
  });

  it('keeps <title> apart, and resolves a relative canonical link against og:url', () => {
    const meta = extractHtmlMetadata(
      page(`<head><title>  Just the
        title </title><meta property="og:url" content="https://example.org/x/y">
        <link rel="canonical" href="/x/canonical"></head>`),
    );
    expect(meta).toEqual({
      pageTitle: 'Just the title',
      sourceUrl: 'https://example.org/x/canonical',
    });
  });

  it('ignores broken JSON-LD and finds the article among other types and lists', () => {
    const meta = extractHtmlMetadata(
      page(`<head>
        <script type="application/ld+json">{ not json, alert(1) }</script>
        <script type="application/ld+json">[{"@type":"BreadcrumbList"},
          {"@type":["ReportageNewsArticle"],"headline":"LD headline",
           "author":["Ana Ortiz",{"@type":"Person","name":"Ben Li"}],
           "publisher":"Gazette","datePublished":"2024-05-01","url":"https://example.org/ld"}]</script>
        </head>`),
    );
    expect(meta).toEqual({
      title: 'LD headline',
      sourceUrl: 'https://example.org/ld',
      publisher: 'Gazette',
      author: 'Ana Ortiz, Ben Li',
      publishedAt: '2024-05-01',
    });
  });

  it('keeps no URL that is not http(s)', () => {
    const meta = extractHtmlMetadata(
      page(`<head><meta property="og:url" content="javascript:alert(1)">
        <link rel="canonical" href="data:text/html,x"><title>T</title></head>`),
    );
    expect(meta).toEqual({ pageTitle: 'T' });
  });
});

describe('cleanPublishedAt', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024-05-01T08:30:00Z', '2024-05-01T08:30:00Z'],
    ['2024-05-01T08:30:00.123+09:00', '2024-05-01T08:30:00.123+09:00'],
    ['2024-05-01T08:30+0900', '2024-05-01T08:30:00+09:00'],
    ['2024-05-01 08:30:15z', '2024-05-01T08:30:15Z'],
    ['2024-05-01T08:30:00', '2024-05-01'],
    ['2024-02-30', undefined],
    ['May 1, 2024', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(cleanPublishedAt(input)).toBe(expected);
  });
});

describe('HTML into the schema', () => {
  it('collapses white space, drops empty paragraphs and keeps code blocks as written', async () => {
    const { doc } = await paste(
      '<p>  Runs   of \n\n spaces  </p><p> </p><p>&nbsp;</p><p><br></p><pre>  keep\n    this  </pre><p>a <b> bold </b> word<br> next line </p>',
    );
    expect(canonicalText(doc)).toBe('Runs of spaces\n  keep\n    this  \na bold word\nnext line');
  });

  it('keeps the texts of neighbouring divs and table cells apart', async () => {
    const { doc } = await paste(
      '<div>First block</div><div>Second block</div><table><tr><td>Cell A</td><td>Cell B</td></tr></table><section>Third</section>',
    );
    expect(canonicalText(doc)).toBe('First block\nSecond block\nCell A\nCell B\nThird');
  });

  it('replaces an image by its alt text, or drops it when a caption says it', async () => {
    const { doc } = await paste(
      '<p>Before <img src="https://x.example/a.png" srcset="https://x.example/b.png 2x" alt="a chart"> after</p><figure><img src="https://x.example/c.png" alt="alt dropped"><figcaption>The caption</figcaption></figure><p><img src="https://x.example/d.png">No alt</p>',
    );
    expect(canonicalText(doc)).toBe('Before a chart after\nThe caption\nNo alt');
    expect(JSON.stringify(doc.toJSON())).not.toContain('x.example');
  });

  it('names a paste after its first heading, and makes relative links plain text', async () => {
    const { doc, meta, format } = await paste(
      '<meta charset="utf-8"><!--StartFragment--><h2>Pasted headline</h2><p>See <a href="/relative">this</a> and <a href="https://example.org/ok">that</a>.</p><!--EndFragment-->',
    );
    expect(format).toBe('html');
    expect(meta).toEqual({ title: 'Pasted headline' });
    expect(links(doc)).toEqual([['that', 'https://example.org/ok']]);
  });

  it('falls back to the plain text when the pasted HTML has none', async () => {
    const result = await paste('<img src="https://x.example/a.png">', 'The plain text');
    expect(result.format).toBe('text');
    expect(canonicalText(result.doc)).toBe('The plain text');
  });

  it("takes Readability's cleaned <title> when the page has no article metadata", async () => {
    const body = 'The council approved the budget after a long debate about the harbour. '.repeat(
      12,
    );
    const { meta, doc } = await loadPage(
      `<title>Council approves the harbour budget | Harbour Gazette</title><nav>Home</nav><article><h1>Council approves the harbour budget</h1><p>${body}</p></article>`,
    );
    expect(meta.title).toBe('Council approves the harbour budget');
    expect(doc.firstChild?.textContent).toBe('Council approves the harbour budget');
  });

  it('falls back to the whole body when Readability finds no article', async () => {
    const { doc } = await loadPage(
      '<html><body><span>Short note.</span></body></html>',
      'note.html',
    );
    expect(canonicalText(doc)).toBe('Short note.');
  });
});

describe('unsafe link addresses', () => {
  // each written as it would appear in a page's markup
  const UNSAFE = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java&#x09;script:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;&#x61;&#x76;&#x61;script&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ];

  it.each(UNSAFE)("are refused by the link mark's parseDOM itself: %s", href => {
    const dom = page(`<p>a <a href="${href}">link</a> b</p>`).body;
    const doc = PmDOMParser.fromSchema(articleSchema).parse(dom);
    expect(links(doc)).toEqual([]);
    expect(canonicalText(doc)).toBe('a link b');
  });

  it.each(UNSAFE)('never become links through the loader: %s', async href => {
    const { doc } = await paste(`<p>a <a href="${href}">link</a> b</p>`);
    expect(links(doc)).toEqual([]);
    expect(canonicalText(doc)).toBe('a link b');
  });

  it.each(['https://example.org/a', 'http://example.org/b', 'mailto:desk@example.org'])(
    'keeps a safe one: %s',
    async href => {
      const { doc } = await paste(`<p>a <a href="${href}">link</a> b</p>`);
      expect(links(doc)).toEqual([['link', href]]);
    },
  );
});

describe('sanitizeArticleHtml', () => {
  it('leaves only the schema and boundary elements, with href and nothing else', () => {
    const allowed = new Set<string>([...SCHEMA_TAGS, ...BOUNDARY_TAGS]);
    const fragment = sanitizeArticleHtml(
      page(
        '<div id="x" class="c" style="color:red" onclick="alert(1)"><p data-x="1">a</p><script>alert(2)</script><span title="t">b</span><img src="https://x.example/i.png" alt="i"><a href="https://example.org" target="_blank" ping="https://x.example">c</a><custom-el>d</custom-el></div>',
      ).body,
    );
    const elements = Array.from(fragment.querySelectorAll('*'));
    for (const element of elements) {
      expect(allowed.has(element.localName)).toBe(true);
      for (const { name } of Array.from(element.attributes)) expect(name).toBe('href');
    }
    expect(elements.map(e => e.localName)).toEqual(['div', 'p', 'a']);
    expect(fragment.textContent).toBe('ab i cd');
  });
});
