import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../../src/io/report-html';
import { escapeMarkdown, reportMarkdown } from '../../../src/io/report-markdown';
import { ORPHANS_HEADING, reportOf, type Report } from '../../../src/io/report-model';
import { textOffset } from '../../../src/model/offsets';
import type { Annotation, Article } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../../src/model/verdict-scale';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';
import { annotationRecord, targetAt } from '../../fixtures/records';
import { deskAnnotations } from '../../fixtures/same-claim';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const GENERATED = '2026-12-01T10:00:00.000Z';
const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';

const ARTICLE: Article = {
  id: 'art',
  title: `Title ${SCRIPT}`,
  sourceUrl: 'javascript:alert(1)',
  publisher: `Pub ${BREAKOUT}`,
  author: "O'Hara & Söhne",
  createdAt: GENERATED,
  updatedAt: GENERATED,
  doc: { type: 'doc' },
  text: '',
  textHash: '',
};

function annotation(id: string, start: number, fields: Partial<Annotation> = {}): Annotation {
  return annotationRecord({
    id,
    target: targetAt(start, `quote ${id}`, 5),
    creator: 'Mika',
    createdAt: GENERATED,
    updatedAt: GENERATED,
    ...fields,
  });
}

/** Annotations whose every text is an attack or an oddity. */
function hostileAnnotations(): Annotation[] {
  return [
    annotation('b', 20, {
      verdict: 'false',
      target: {
        start: textOffset(20),
        end: textOffset(30),
        exact: `${SCRIPT}\n# not a heading\n> not a quote`,
        prefix: '',
        suffix: '',
      },
      note: `${BREAKOUT} [click](javascript:alert(1)) ![x](data:image/png;base64,AAAA) <b>bold</b>\r\nline two 🎉 \u202Eevil\u202C`,
      tags: ['<i>tag</i>', '*star*'],
      creator: 'Ann <a href=x>',
      sources: [
        { url: 'javascript:alert(1)', title: 'JS link', stance: 'refutes' },
        { url: 'data:text/html,<script>alert(1)</script>', stance: 'context' },
        {
          url: 'https://example.org/a b?q=<x>&y="z"',
          title: 'Good ](<evil>) link',
          publisher: `${SCRIPT}`,
          quote: 'they said\n\n- it',
          stance: 'supports',
          archivedUrl: 'vbscript:msgbox(1)',
        },
      ],
      history: [
        { field: 'verdict', to: 'mixed', by: 'Mika', at: '2026-11-20T09:00:00.000Z' },
        { field: 'status', from: 'open', to: 'checked', by: 'Jo', at: '2026-11-20T09:30:00.000Z' },
        { field: 'verdict', from: 'mixed', to: 'false', by: 'Jonas', at: '2026-11-20T09:40:00Z' },
      ],
    }),
    annotation('a', 5, { kind: 'correction', correction: '=HYPERLINK("http://evil","x")' }),
    annotation('c', 1, { anchoring: { method: 'orphan' }, status: 'checked', verdict: 'bogus' }),
    annotation('d', 40, { kind: 'comment', creator: 'Ann <a href=x>' }),
  ];
}

const hostileReport = (scale: VerdictScale = DEFAULT_VERDICT_SCALE): Report =>
  reportOf(ARTICLE, hostileAnnotations(), scale, { generatedAt: GENERATED });

function elements(node: Node): Element[] {
  const own = 'tagName' in node ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = 'content' in node && node.content ? [node.content] : [];
  return [...own, ...[...children, ...content].flatMap(elements)];
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** What a browser would find dangerous in an HTML document. */
function dangers(html: string) {
  const all = elements(parse(html));
  return {
    all,
    tags: all.map(e => e.tagName).filter(t => /^(script|img|iframe|object|embed|base)$/.test(t)),
    handlers: all.flatMap(e => e.attrs.filter(a => /^on/i.test(a.name)).map(a => a.name)),
    hrefs: all.flatMap(e => e.attrs.filter(a => /href|src|action/i.test(a.name))),
  };
}

describe('reportOf', () => {
  it('lists placed annotations in reading order and orphans last, numbered throughout', () => {
    const r = hostileReport();
    expect(r.entries.map(e => [e.number, e.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'd'],
    ]);
    expect(r.orphans.map(e => [e.number, e.id])).toEqual([[4, 'c']]);
  });

  it('counts kinds, verdicts in scale order with the unknown and the unrated, and status', () => {
    const { summary } = hostileReport();
    expect(summary.byKind.map(k => [k.label, k.count])).toEqual([
      ['Claim', 2],
      ['Correction', 1],
      ['Comment', 1],
    ]);
    expect(summary.byVerdict.map(v => [v.label, v.count])).toEqual([
      ['True', 0],
      ['Mostly true', 0],
      ['Mixed / needs context', 0],
      ['Misleading', 0],
      ['Mostly false', 0],
      ['False', 1],
      ['Unverifiable', 0],
      ['bogus', 1],
      ['no verdict yet', 0],
    ]);
    expect([summary.total, summary.checked, summary.open, summary.orphaned]).toEqual([4, 1, 3, 1]);
  });

  it('says Checked only for what is marked checked, and counts the verdicts apart', () => {
    const r = hostileReport();
    // b has the final verdict False but its status is open: it is open
    expect(r.entries.map(e => [e.id, e.status])).toEqual([
      ['a', 'Open'],
      ['b', 'Open'],
      ['d', 'Open'],
    ]);
    expect(r.orphans.map(e => [e.id, e.status])).toEqual([['c', 'Checked']]);
    expect([r.summary.checked, r.summary.open, r.summary.withVerdict]).toEqual([1, 3, 1]);
    const scale = DEFAULT_VERDICT_SCALE.map(v => ({ ...v, countsAsChecked: false }));
    expect(hostileReport(scale).summary.withVerdict).toBe(0);
  });

  it('makes a claim annotated by two reviewers one entry with both assessments, and counts it once', () => {
    const report = reportOf(ARTICLE, deskAnnotations(), DEFAULT_VERDICT_SCALE, {
      generatedAt: GENERATED,
    });
    expect(report.summary).toMatchObject({ total: 3, checked: 1, open: 2, withVerdict: 1 });
    expect(report.summary.byKind.map(k => k.count)).toEqual([2, 0, 1]);
    const [shared] = report.entries;
    expect(shared).toMatchObject({
      id: 'ada-shared',
      status: 'Checked',
      note: 'Ada’s reason.\n\nBen’s reason.',
      creator: 'Ada, Ben',
      assessments: [
        { reviewer: 'Ada', verdict: { id: 'false', label: 'False' } },
        { reviewer: 'Ben', verdict: { id: 'true', label: 'True' }, note: 'Checked twice.' },
      ],
    });
    expect(shared?.verdict).toBeUndefined();
    expect(shared?.sources.map(x => x.url)).toEqual(['https://a.example/', 'https://b.example/']);
    const html = reportHtml(report);
    expect(html).toContain(
      '<dt>Assessments</dt><dd><bdi>Ada</bdi>: False; <bdi>Ben</bdi>: True (<bdi>Checked twice.</bdi>)</dd>',
    );
    expect(html.match(/<section class="entry"/g)).toHaveLength(3);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('- Assessments: Ada: False; Ben: True (Checked twice.)');
    expect(markdown.match(/^### /gm)).toHaveLength(3);
  });

  it('names the given reviewer, else each creator once', () => {
    expect(hostileReport().reviewers).toEqual(['Mika', 'Ann <a href=x>']);
    const given = reportOf(ARTICLE, hostileAnnotations(), DEFAULT_VERDICT_SCALE, {
      reviewer: ' Desk ',
      generatedAt: GENERATED,
    });
    expect(given.reviewers).toEqual(['Desk']);
  });

  it('takes the last verdict change from the history, not the last change', () => {
    const b = hostileReport().entries[1];
    expect(b?.lastVerdictChange).toEqual({ by: 'Jonas', at: '2026-11-20T09:40:00Z' });
    expect(b?.verdict).toEqual({ id: 'false', label: 'False', ratingValue: 1, color: '#a3283a' });
  });

  it('links only http(s) URLs and keeps the others as text', () => {
    const r = hostileReport();
    expect(r.source).toMatchObject({ url: 'javascript:alert(1)', href: undefined });
    const sources = r.entries[1]?.sources ?? [];
    expect(sources.map(s => s.href)).toEqual([
      undefined,
      undefined,
      'https://example.org/a%20b?q=%3Cx%3E&y=%22z%22',
    ]);
    expect(sources[1]?.title).toBe('data:text/html,<script>alert(1)</script>');
    expect(sources[2]?.archivedHref).toBeUndefined();
  });

  it('drops colours that are not plain hex', () => {
    const scale = [
      { id: 'false', label: 'False', color: 'red;background:url(x)', countsAsChecked: false },
    ];
    const r = hostileReport(scale);
    expect(r.entries[1]?.verdict?.color).toBeUndefined();
    expect(r.summary.byVerdict[0]?.color).toBeUndefined();
  });

  it('replaces NUL and lone surrogates, keeping emoji and line breaks', () => {
    const [a] = hostileAnnotations() as [Annotation];
    const r = reportOf(
      ARTICLE,
      [{ ...a, note: 'a\0b\uD800c\uDC00d 🎉\r\ne' }],
      DEFAULT_VERDICT_SCALE,
      { generatedAt: GENERATED },
    );
    expect(r.entries[0]?.note).toBe('a\uFFFDb\uFFFDc\uFFFDd 🎉\r\ne');
  });
});

describe('reportHtml', () => {
  it('writes a document with a charset, a CSP that loads nothing, and no script', () => {
    const html = reportHtml(hostileReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const { all, tags, handlers } = dangers(html);
    const metas = all.filter(e => e.tagName === 'meta').map(e => e.attrs);
    expect(metas).toContainEqual([{ name: 'charset', value: 'utf-8' }]);
    expect(metas).toContainEqual([
      { name: 'http-equiv', value: 'Content-Security-Policy' },
      { name: 'content', value: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" },
    ]);
    expect(tags).toEqual([]);
    expect(handlers).toEqual([]);
  });

  it('links only to http(s), with noopener noreferrer', () => {
    const { all, hrefs } = dangers(reportHtml(hostileReport()));
    expect(hrefs.map(h => h.value)).toEqual(['https://example.org/a%20b?q=%3Cx%3E&y=%22z%22']);
    for (const a of all.filter(e => e.tagName === 'a')) {
      expect(a.attrs).toContainEqual({ name: 'rel', value: 'noopener noreferrer' });
    }
  });

  it('shows every hostile text as text', () => {
    const root = parse(reportHtml(hostileReport()));
    const text = textOf(root);
    const h1 = elements(root).find(e => e.tagName === 'h1');
    expect(h1 && textOf(h1)).toBe(`Title ${SCRIPT}`);
    for (const s of [
      BREAKOUT,
      '[click](javascript:alert(1))',
      'line two 🎉 \u202Eevil\u202C',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '=HYPERLINK("http://evil","x")',
      "O'Hara & Söhne",
      ORPHANS_HEADING,
    ]) {
      expect(text).toContain(s);
    }
  });

  it('colours markers only with plain hex colours', () => {
    const styles = (scale: VerdictScale) =>
      dangers(reportHtml(hostileReport(scale)))
        .all.flatMap(e => e.attrs.filter(a => a.name === 'style'))
        .map(a => a.value);
    expect(styles(DEFAULT_VERDICT_SCALE)).toContain('background:#a3283a');
    const bad = [
      { id: 'false', label: 'False', color: 'red;background:url(x)', countsAsChecked: false },
    ];
    expect(styles(bad)).toEqual([]);
  });

  it('reports the sample with its claims, verdicts and sources', async () => {
    const { article, annotations } = await sampleExportInput();
    const r = reportOf(article, annotations, DEFAULT_VERDICT_SCALE, { generatedAt: GENERATED });
    const root = parse(reportHtml(r));
    const text = textOf(root).replace(/\s+/g, ' ');
    expect(text).toContain('4 annotations: 3 checked, 1 open; 2 claims with a verdict.');
    expect(text).toContain('2. Claim · Unverifiable');
    expect(text).toContain('Verdict setby Jonas Weber, 2026-11-20 09:40 UTC');
    expect(text).toContain('Should read: Robert Habeck');
    expect(dangers(reportHtml(r)).hrefs.map(h => h.value)).toEqual([
      'https://www.meti.go.jp/english/press/index.html',
      'https://en.wikipedia.org/wiki/ASML_Holding',
      'https://en.wikipedia.org/wiki/Robert_Habeck',
    ]);
  });
});

describe('reportMarkdown', () => {
  // rendered with raw HTML allowed, so any tag that got through would show
  const render = (md: string) => new MarkdownIt({ html: true, linkify: false }).render(md);

  it('lets no raw HTML through', () => {
    const md = reportMarkdown(hostileReport());
    expect(md).not.toMatch(/(^|[^\\])<(?!https?:)[a-z/!?]/im);
    const { tags, handlers } = dangers(render(md));
    expect(tags).toEqual([]);
    expect(handlers).toEqual([]);
  });

  it('links only to http(s), with the destination encoded', () => {
    const md = reportMarkdown(hostileReport());
    const links = [...md.matchAll(/\]\(<([^>]*)>\)/g)].map(m => m[1]);
    expect(links).toEqual(['https://example.org/a%20b?q=%3Cx%3E&y=%22z%22']);
    const { all, hrefs } = dangers(render(md));
    expect(hrefs.map(h => h.value)).toEqual(['https://example.org/a%20b?q=%3Cx%3E&y=%22z%22']);
    const a = all.find(e => e.tagName === 'a');
    expect(a && textOf(a)).toBe('Good ](<evil>) link');
  });

  it('renders every hostile text as written, with no stray block', () => {
    const root = parse(render(reportMarkdown(hostileReport())));
    const text = textOf(root);
    expect(text).toContain(`Fact-check: Title ${SCRIPT}`);
    for (const s of [
      BREAKOUT,
      '[click](javascript:alert(1)) ![x](data:image/png;base64,AAAA) <b>bold</b>',
      'line two 🎉 evil', // bidi controls dropped
      '=HYPERLINK("http://evil","x")',
      '<i>tag</i>, *star*',
      '# not a heading',
      '> not a quote',
    ]) {
      expect(text).toContain(s);
    }
    const tags = elements(root).map(e => e.tagName);
    expect(tags.filter(t => t === 'h1')).toHaveLength(1);
    expect(tags).not.toContain('em');
    expect(tags).not.toContain('code');
  });

  it('drops bidi controls, so no name, tag or title reverses the rest of its line', () => {
    const rlo = (s: string) => `\u202E${s}`;
    const controls = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ];
    const report = reportOf(
      { ...ARTICLE, title: rlo('title'), author: rlo('author'), publisher: rlo('publisher') },
      [
        annotation('x', 1, {
          creator: rlo('Mika'),
          tags: [rlo('tag'), controls.join('')],
          note: `${controls.join('note')}`,
          sources: [{ url: 'https://example.org/', title: rlo('source'), stance: 'supports' }],
          history: [{ field: 'verdict', to: 'false', by: rlo('Jo'), at: GENERATED }],
        }),
      ],
      DEFAULT_VERDICT_SCALE,
      { generatedAt: GENERATED },
    );
    const md = reportMarkdown(report);
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(md).toContain('Reviewer: Mika');
    expect(md).toContain('Fact-check: title');
  });

  it('quotes every line of a multi-line quote', () => {
    const md = reportMarkdown(hostileReport());
    expect(md).toContain('> \\<script>alert(1)\\</script>\\\n> \\# not a heading\\\n> \\> not');
  });

  it('escapes only what Markdown needs, so plain text pastes as it reads', () => {
    const md = reportMarkdown(hostileReport());
    expect(md).toContain('# Fact-check: Title');
    expect(md).toContain('Fact-check by Mika, Ann \\<a href=x> · 2026-12-01 10:00 UTC');
    expect(md).toContain('### 2. Claim · False (rating 1)');
    for (const plain of [
      'Fact-check 2026-12-05: U.S. exports rose 4.5% (to $1.2bn)! See p. 3 + 4 - 1 = 6 #tag',
      'snake_case_name, a > b, 5 < 6, AT&T, e-mail: ann@example.org',
    ]) {
      expect(escapeMarkdown(plain)).toBe(plain);
    }
  });

  it.each([
    ['# heading', '\\# heading'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. item', '1\\. item'],
    ['2) item', '2\\) item'],
    ['===', '\\==='],
    ['---', '\\---'],
    ['*emphasis* and _this_', '\\*emphasis\\* and \\_this\\_'],
    [
      '[link](x) `code` <b> &amp; a|b ~~s~~ back\\slash',
      '\\[link\\](x) \\`code\\` \\<b> \\&amp; a\\|b \\~\\~s\\~\\~ back\\\\slash',
    ],
  ])('escapes %j, which Markdown would read as markup, as %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
    const html = new MarkdownIt({ html: true }).render(escaped);
    expect(textOf(parse(html)).trim()).toBe(text);
  });
});
