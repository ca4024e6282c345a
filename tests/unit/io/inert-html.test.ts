// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":false,"handleDisabledFileLoadingAsSuccess":true}}
import { beforeAll, describe, expect, it } from 'vitest';
import { parseInertHtml } from '../../../src/io/inert-html';
import { loadArticle } from '../../../src/io/load-article';
import { canonicalText } from '../../../src/editor/text-map';
import { installStandardDom } from '../../fixtures/articles/dom-env';

beforeAll(installStandardDom); // DOMPurify needs the standard NodeIterator happy-dom lacks

const LIMITS = { depth: 500, elements: 200_000 };

function inert(html: string): Document {
  const parsed = parseInertHtml(html, LIMITS);
  if ('exceeded' in parsed) throw new Error(`limit: ${parsed.exceeded}`);
  return parsed.page;
}

/** Every attribute name in the page, lower case, as `tag[name]`. */
function attributeNames(page: Document): string[] {
  return Array.from(page.querySelectorAll('*')).flatMap(el =>
    Array.from(el.attributes).map(a => `${el.localName}[${a.name.toLowerCase()}]`),
  );
}

describe('parseInertHtml', () => {
  const HOSTILE = `<!doctype html><html onload="x()"><head>
    <base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">
    <meta property="og:title" content="Kept"><link rel="stylesheet" href="https://evil.example/a.css">
    <link rel="canonical" href="https://news.example.org/a"><style>body{background:url(https://evil.example/b)}</style>
    <script>alert(1)</script><script type="application/ld+json">{"headline":"Kept too"}</script>
    </head><body onload="alert(2)"><p style="color:red" onclick="alert(3)" ONMOUSEOVER="alert(4)">Text</p>
    <iframe srcdoc="<script>alert(5)</script>"></iframe><object data="x.swf">fallback</object><embed src="y">
    <svg><style>@import 'https://evil.example/c.css'</style><a xlink:href="https://news.example.org/s">svg link</a></svg>
    <template><img src=x onerror=alert(6)></template></body></html>`;

  it('builds no script, style, base, frame, plug-in, refresh, handler or style attribute', () => {
    const page = inert(HOSTILE);
    expect(
      page.querySelectorAll('script:not([type]), style, base, iframe, object, embed, template'),
    ).toHaveLength(0);
    expect(page.querySelector('meta[http-equiv]')).toBeNull();
    expect(page.querySelector('link[rel=stylesheet]')).toBeNull();
    const names = attributeNames(page);
    expect(names.filter(n => /\[(on\w+|style|srcdoc)\]/.test(n))).toEqual([]);
  });

  it('keeps what metadata needs: og tags, the canonical link, JSON-LD, the text', () => {
    const page = inert(HOSTILE);
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Kept');
    expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      'https://news.example.org/a',
    );
    expect(page.querySelector('script[type="application/ld+json"]')?.textContent).toBe(
      '{"headline":"Kept too"}',
    );
    expect(page.querySelector('p')?.textContent).toBe('Text');
    const svgLink = page.querySelector('svg a');
    expect(svgLink?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svgLink?.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe(
      'https://news.example.org/s',
    );
  });

  it('parses like a browser: implied end tags, misnested formatting, foster-parented table text', () => {
    const page = inert(
      '<!doctype html><p>one<p>two <b>bold <i>both</b> italic</i><table>stray<tr><td>cell</table>',
    );
    expect(Array.from(page.querySelectorAll('body > p'), p => p.textContent)).toEqual([
      'one',
      'two bold both italic',
    ]);
    // the adoption agency algorithm closes <b> and reopens <i> after it
    expect(page.querySelector('b > i')?.textContent).toBe('both');
    expect(page.querySelectorAll('i')).toHaveLength(2);
    // text inside <table> but outside a cell is moved before the table
    expect(page.body.textContent).toMatch(/stray\s*cell/);
  });

  it('skips attribute names the DOM refuses instead of failing', () => {
    const page = inert('<p a"b="1" c=2 =d>Kept</p>');
    expect(page.querySelector('p')?.getAttribute('c')).toBe('2');
    expect(page.querySelector('p')?.textContent).toBe('Kept');
  });

  it('stops as soon as the nesting or the element count passes the limit', () => {
    const deep = '<div>'.repeat(30);
    expect(parseInertHtml(deep, { depth: 20, elements: 1000 })).toMatchObject({
      exceeded: 'depth',
    });
    const wide = '<p>x</p>'.repeat(200);
    expect(parseInertHtml(wide, { depth: 20, elements: 100 })).toMatchObject({
      exceeded: 'elements',
      size: { elements: 101 },
    });
  });

  it('marks an element hidden by its inline style, so the article leaves its text out', async () => {
    const page = inert(
      '<div style="margin:0; DISPLAY: none !important">cloaked</div><div style="visibility:hidden">also</div><div style="display:nonesuch">shown</div>',
    );
    expect(Array.from(page.querySelectorAll('[hidden]'), d => d.textContent)).toEqual([
      'cloaked',
      'also',
    ]);

    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the council report, long enough for Readability to score it as the main article text of the page.</p>`,
    ).join('');
    const html = `<html><head><title>Report</title></head><body><article>${paragraphs}<p style="display:none">Hidden keyword stuffing, never shown to readers.</p></article></body></html>`;
    const result = await loadArticle({
      kind: 'file',
      name: 'report.html',
      bytes: new TextEncoder().encode(html),
    });
    if (!result.ok) throw new Error(result.message);
    const text = canonicalText(result.doc);
    expect(text).toContain('Paragraph 6 of the council report');
    expect(text).not.toContain('keyword stuffing');
  });
});
