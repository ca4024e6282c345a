// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":false,"handleDisabledFileLoadingAsSuccess":true}}
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleSchema } from '../../../src/editor/schema';
import { canonicalText } from '../../../src/editor/text-map';
import { loadArticle, type LoadedArticle } from '../../../src/io/load-article';
import { fixtureBytes, fixtureText, installStandardDom } from '../../fixtures/articles/dom-env';

beforeAll(installStandardDom);

const alert = vi.fn();
let liveBody: string;
beforeEach(() => {
  vi.stubGlobal('alert', alert);
  liveBody = document.body.innerHTML;
});
afterEach(() => {
  // nothing ran: no payload called alert, nothing reached the live page
  expect(alert).not.toHaveBeenCalled();
  expect(document.body.innerHTML).toBe(liveBody);
  expect(document.querySelector('base, meta[http-equiv], script, iframe')).toBeNull();
  vi.unstubAllGlobals();
});

const NODE_TYPES = new Set(Object.keys(articleSchema.nodes));
const MARK_TYPES = new Set(Object.keys(articleSchema.marks));

/**
 * Walks a document's JSON (without recursion) and lists everything a
 * sanitizer must never let through: unknown node or mark types, attributes
 * other than a heading's level and a link's href, event handlers, and link
 * addresses that are not http, https or mailto.
 */
function problems(json: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [json];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) stack.push(item);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (/^on/i.test(key)) found.push(`event handler ${key}`);
      if (!['type', 'attrs', 'content', 'marks', 'text'].includes(key)) found.push(`key ${key}`);
    }
    const { type, attrs, content, marks } = record;
    const isMark = !('content' in record) && !('text' in record) && type === 'link';
    if (typeof type !== 'string' || !(NODE_TYPES.has(type) || MARK_TYPES.has(type))) {
      found.push(`type ${String(type)}`);
    }
    if (attrs !== undefined) {
      const names = Object.keys(attrs as object).join(',');
      if (type === 'heading' && names !== 'level') found.push(`heading attrs ${names}`);
      if (type === 'link') {
        const { href } = attrs as { href?: unknown };
        if (names !== 'href') found.push(`link attrs ${names}`);
        if (typeof href !== 'string' || !/^(https?:\/\/|mailto:)/.test(href)) {
          found.push(`link ${String(href)}`);
        }
      }
      if (type !== 'heading' && type !== 'link') found.push(`attrs on ${String(type)}`);
    }
    if (isMark && attrs === undefined) found.push('link without href');
    stack.push(content, marks);
  }
  return found;
}

/** Strings that may appear nowhere in the article: the payloads and what they load. */
const FORBIDDEN = [
  'evil.example',
  'javascript',
  'vbscript',
  'data:',
  'alert',
  '<script',
  'onerror',
  'onload',
  'srcdoc',
  'srcset',
  'url(',
  '@import',
  'MUST NOT APPEAR',
  'clobber',
  'cookie',
];

function expectClean(article: LoadedArticle): void {
  const json = article.doc.toJSON() as unknown;
  expect(problems(json)).toEqual([]);
  const serialized = JSON.stringify(json) + JSON.stringify(article.meta);
  for (const needle of FORBIDDEN)
    expect(serialized.toLowerCase()).not.toContain(needle.toLowerCase());
}

describe('loading a hostile page', () => {
  let article: LoadedArticle;
  beforeAll(async () => {
    const result = await loadArticle({
      kind: 'file',
      name: 'hostile.html',
      bytes: fixtureBytes('hostile.html'),
    });
    if (!result.ok) throw new Error(result.message);
    article = result;
  });

  it('keeps the article text, sentence for sentence', () => {
    expect(canonicalText(article.doc)).toBe(
      [
        'Council approves the harbour budget',
        'The city council approved the harbour budget on Tuesday by a vote of seven to two.',
        'The harbour master backed the plan.',
        'The budget sets aside 4.2 million euros for dredging the northern basin, the finance office said.',
        'Read the full minutes, the annex, the vote record, the budget table, the summary, the memo and the official record.',
        'Opposition members said the plan ignores flood risk.',
        'The northern basin at low tide',
        'Work on the northern basin is due to start in September.',
        'The mayor said the vote ends a year of delay.',
        'A relative link resolves against the canonical address, not the base.',
      ].join('\n'),
    );
  });

  it('reads its metadata but not its javascript: og:url', () => {
    expect(article.meta).toEqual({
      title: 'Council approves the harbour budget',
      sourceUrl: 'https://news.example.org/2024/harbour-budget',
      publisher: 'Harbour Gazette',
      author: 'Ana Ortiz',
      publishedAt: '2024-03-05',
    });
  });

  it('lets no script, handler, frame, style, form or remote resource through', () => {
    expectClean(article);
  });

  it('keeps only the safe link, and resolves a relative one against the canonical address, not <base>', () => {
    const hrefs: string[] = [];
    article.doc.descendants(node => {
      for (const mark of node.marks)
        if (mark.type.name === 'link') hrefs.push(mark.attrs.href as string);
    });
    expect(hrefs).toEqual([
      'https://news.example.org/minutes',
      'https://news.example.org/relative/path',
    ]);
  });

  it('is just as clean when pasted as a fragment', async () => {
    const result = await loadArticle({
      kind: 'paste',
      text: '',
      html: fixtureText('hostile.html'),
    });
    if (!result.ok) throw new Error(result.message);
    expectClean(result);
    expect(canonicalText(result.doc)).toContain('The mayor said the vote ends a year of delay.');
  });
});

describe('pasted attack payloads', () => {
  it.each([
    ['a script', '<script>alert(1)</script>'],
    ['an onerror image', '<img src=x onerror=alert(1)>'],
    ['an svg onload', '<svg onload=alert(1)><circle r=1 /></svg>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['an entity-obfuscated link', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['an iframe srcdoc', `<iframe srcdoc="<script>alert(1)</script>"></iframe>`],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['a base href', '<base href="javascript:alert(1)//"><a href="x">x</a>'],
    ['a form action', '<form action="javascript:alert(1)"><button>go</button></form>'],
    ['a formaction', '<button formaction="javascript:alert(1)">go</button>'],
    ['an object', '<object data="javascript:alert(1)"></object>'],
    ['an embed', '<embed src="javascript:alert(1)">'],
    [
      'a style with url()',
      '<style>@import "javascript:alert(1)"; p{background:url(javascript:alert(1))}</style>',
    ],
    ['an inline style', '<p style="background:url(javascript:alert(1))">x</p>'],
    ['DOM clobbering', '<form id="document"></form><img name="cookie"><div id="__proto__">x</div>'],
    [
      'noscript mXSS',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
    ],
    [
      'math/style mXSS',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    ],
    ['a template', '<template><img src=x onerror=alert(1)></template>'],
    ['an svg use', '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>"/></svg>'],
  ])('leaves nothing of %s', async (_, payload) => {
    const html = `<p>Safe text before.</p>${payload}<p>Safe text after.</p>`;
    const result = await loadArticle({ kind: 'paste', text: '', html });
    if (!result.ok) throw new Error(result.message);
    expectClean(result);
    const text = canonicalText(result.doc);
    expect(text.startsWith('Safe text before.\n')).toBe(true);
    expect(text.endsWith('\nSafe text after.')).toBe(true);
  });
});
