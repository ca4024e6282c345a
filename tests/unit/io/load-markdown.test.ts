import type { Node as PmNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../src/editor/text-map';
import { loadArticle, type LoadedArticle } from '../../../src/io/load-article';
import { fixtureBytes } from '../../fixtures/articles/dom-env';

async function loadMarkdownText(text: string, name = 'draft.md'): Promise<LoadedArticle> {
  const result = await loadArticle({ kind: 'file', name, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Every text node with the names of its marks and its link, in document order. */
function runs(doc: PmNode) {
  const out: { text: string; marks: string[]; href?: string }[] = [];
  doc.descendants(node => {
    if (!node.isText) return true;
    const link = node.marks.find(m => m.type.name === 'link');
    out.push({
      text: node.text ?? '',
      marks: node.marks.map(m => m.type.name),
      ...(link ? { href: link.attrs.href as string } : {}),
    });
    return false;
  });
  return out;
}

/** The names of the nodes from the root to each textblock, e.g. "ordered_list>list_item>paragraph". */
function paths(doc: PmNode): string[] {
  const out: string[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const $pos = doc.resolve(pos + 1);
    const names = [];
    for (let d = 1; d <= $pos.depth; d++) names.push($pos.node(d).type.name);
    out.push(names.join('>'));
    return false;
  });
  return out;
}

describe('loading the Markdown draft', () => {
  const load = async () => {
    const result = await loadArticle({
      kind: 'file',
      name: 'draft.md',
      bytes: fixtureBytes('draft.md'),
    });
    if (!result.ok) throw new Error(result.message);
    return result;
  };

  it('takes the first # heading as the title and keeps it in the text', async () => {
    const { meta, doc, format } = await load();
    expect(format).toBe('markdown');
    expect(meta).toEqual({ title: 'Chip controls: what the US asked of Japan' });
    expect(doc.firstChild?.type.name).toBe('heading');
    expect(doc.firstChild?.attrs.level).toBe(1);
    expect(doc.firstChild?.textContent).toBe(meta.title);
  });

  it('keeps every sentence, with soft breaks as spaces', async () => {
    const text = canonicalText((await load()).doc);
    for (const sentence of [
      'Draft for the fact-check desk — not for publication.',
      'The United States has asked the Japanese government for cooperation to thwart China’s efforts to develop highly efficient semiconductors, sources familiar with the matter said on Saturday.',
      'The request was made by Gina Raimondo, US Commerce Secretary.',
      "Nishimura is Japan's Industry Minister.",
      "Nested deeper: check the ministry's readout.",
      'The introduction of such restrictions by Japan may inevitably provoke a negative reaction from Beijing.',
      'Last line of the draft.',
    ]) {
      expect(text).toContain(sentence);
    }
  });

  it('maps headings, nested lists and the quote onto the schema', async () => {
    const { doc } = await load();
    const structure = paths(doc);
    expect(structure).toContain('heading');
    expect(structure).toContain('ordered_list>list_item>paragraph');
    expect(structure).toContain('ordered_list>list_item>bullet_list>list_item>paragraph');
    expect(structure).toContain(
      'ordered_list>list_item>bullet_list>list_item>bullet_list>list_item>paragraph',
    );
    expect(structure.filter(p => p === 'blockquote>paragraph')).toHaveLength(2);
    const headings: number[] = [];
    doc.forEach(node => {
      if (node.type.name === 'heading') headings.push(node.attrs.level as number);
    });
    expect(headings).toEqual([1, 2, 2]);
  });

  it('keeps emphasis, strong and inline code as marks', async () => {
    const all = runs((await load()).doc);
    expect(all).toContainEqual({ text: 'Gina Raimondo', marks: ['strong'] });
    expect(all).toContainEqual({ text: 'Industry Minister', marks: ['em'] });
    expect(all).toContainEqual({ text: 'grep -i "export controls"', marks: ['code'] });
  });

  it('keeps http, https and mailto links and turns the others into plain text', async () => {
    const all = runs((await load()).doc);
    const links = all.filter(r => r.href).map(r => [r.text, r.href]);
    expect(links).toEqual([
      [
        'Japan Times article',
        'https://www.japantimes.co.jp/news/2022/11/26/business/us-japan-chip-controls/',
      ],
      [
        'Commerce Department rule',
        'http://www.bis.doc.gov/index.php/documents/about-bis/newsroom/press-releases/3158',
      ],
      ['email', 'mailto:desk@example.org'],
    ]);
    const text = canonicalText((await load()).doc);
    expect(text).toContain('A suspicious link that must lose its address');
    expect(text).toContain('A relative link that has no address to keep');
    expect(JSON.stringify((await load()).doc.toJSON())).not.toContain('javascript:');
  });

  it('shows raw HTML as text, never as markup', async () => {
    const { doc } = await load();
    expect(canonicalText(doc)).toContain(
      'Raw HTML stays text: <script>alert("pwned")</script> and <img src=x onerror=alert(1)>.',
    );
    const types = new Set<string>();
    doc.descendants(node => {
      types.add(node.type.name);
    });
    expect([...types].sort()).toEqual(
      [
        'blockquote',
        'bullet_list',
        'code_block',
        'hard_break',
        'heading',
        'list_item',
        'ordered_list',
        'paragraph',
        'text',
      ].sort(),
    );
  });

  it('keeps a fenced block as a code block, indentation and all', async () => {
    const { doc } = await load();
    const code: string[] = [];
    doc.descendants(node => {
      if (node.type.name === 'code_block') code.push(node.textContent);
    });
    expect(code).toEqual(['$ curl https://example.org/rule.txt\n  indented output stays indented']);
  });

  it('turns a hard break into a hard break and an image into its alt text', async () => {
    const { doc } = await load();
    const text = canonicalText(doc);
    expect(text).toContain('a line ending in two spaces\nbreaks the line here.');
    expect(text).toContain('\nChart of chip equipment market shares\n');
    expect(JSON.stringify(doc.toJSON())).not.toContain('chart.png');
  });
});

describe('Markdown conversion', () => {
  it('names an article without a # heading after its file', async () => {
    const { meta } = await loadMarkdownText('## Only a subheading\n\nText.', 'chip-notes.markdown');
    expect(meta.title).toBe('chip notes');
  });

  it('never rewrites quotes, dashes or ellipses (no typographer)', async () => {
    const { doc } = await loadMarkdownText('"Straight" quotes -- and... (c) stay.');
    expect(canonicalText(doc)).toBe('"Straight" quotes -- and... (c) stay.');
  });

  it('leaves a bare address as text (no linkify)', async () => {
    const { doc } = await loadMarkdownText('See https://example.org for more.');
    expect(runs(doc)).toEqual([{ text: 'See https://example.org for more.', marks: [] }]);
  });

  it('keeps an autolink when it is http(s)', async () => {
    const { doc } = await loadMarkdownText('See <https://example.org/a> now.');
    expect(runs(doc)).toContainEqual({
      text: 'https://example.org/a',
      marks: ['link'],
      href: 'https://example.org/a',
    });
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    '//evil.example/x',
  ])('drops the address of a [link](%s) and keeps its text', async href => {
    const { doc } = await loadMarkdownText(`A [label](${href}) here.`);
    expect(runs(doc)).toEqual([{ text: 'A label here.', marks: [] }]);
  });

  it('reads each table cell as a paragraph', async () => {
    const { doc } = await loadMarkdownText('| Firm | Share |\n|---|---|\n| ASML | 30% |\n');
    expect(canonicalText(doc)).toBe('Firm\nShare\nASML\n30%');
  });

  it('collapses runs of spaces and applies the character rule', async () => {
    const { doc } = await loadMarkdownText('Many   spaces\u00a0and a zero\u200bwidth space.');
    expect(canonicalText(doc)).toBe('Many spaces and a zerowidth space.');
  });

  it('keeps an empty paragraph before a nested list, as the schema requires', async () => {
    const { doc } = await loadMarkdownText('- \n  - nested item\n');
    expect(() => doc.check()).not.toThrow();
    expect(canonicalText(doc)).toBe('\nnested item');
  });
});

describe('loading Markdown whose letters come decomposed', () => {
  it('gives the canonical text in NFC', async () => {
    const source = '# Sedláček\n\nTomáš **Sedláček** met 김서연.\n'.normalize('NFD');
    const text = canonicalText((await loadMarkdownText(source)).doc);
    expect(text).toBe('Sedláček\nTomáš Sedláček met 김서연.');
  });
});
