import { describe as suite, expect, it } from 'vitest';
import { articleSchema } from '../../../src/editor/schema';
import { TextMap, pmPos } from '../../../src/editor/text-map';
import { docFromPlainText } from '../../../src/io/plain-text';
import { anchor } from '../../../src/model/anchor';
import { describe } from '../../../src/model/describe';
import { codePointLength } from '../../../src/model/offsets';

const { nodes } = articleSchema;
const para = (text: string) => nodes.paragraph.create(null, text ? articleSchema.text(text) : null);

suite('TextMap', () => {
  it('joins every block with one newline, whatever nests them', () => {
    const doc = nodes.doc.create(null, [
      nodes.heading.create({ level: 2 }, articleSchema.text('Title')),
      nodes.blockquote.create(null, [para('Quoted'), para('Twice')]),
      nodes.bullet_list.create(null, [nodes.list_item.create(null, para('Item'))]),
      para('End'),
    ]);
    expect(new TextMap(doc).text).toBe('Title\nQuoted\nTwice\nItem\nEnd');
  });

  it('counts a hard break as a newline inside its paragraph', () => {
    const doc = docFromPlainText('one\ntwo\n\nthree');
    expect(new TextMap(doc).text).toBe('one\ntwo\nthree');
  });

  it('counts code points, so an emoji and a CJK name before a claim do not shift it', () => {
    const doc = nodes.doc.create(null, [
      para('Reaction 🇯🇵🚀 from 岸田文雄:'),
      para('The ministry’s first 👍 request.'),
    ]);
    const map = new TextMap(doc);
    const claim = 'ministry’s first 👍 request';
    const utf16 = map.text.indexOf(claim);
    const start = codePointLength(map.text.slice(0, utf16));
    expect(start).toBe(utf16 - 3); // 🇯🇵 is two astral code points and 🚀 one: each is two UTF-16 units
    let from = -1;
    doc.descendants((node, p) => {
      if (node.text?.includes(claim)) from = p + node.text.indexOf(claim);
    });
    const range = map.toRange({ from: pmPos(from), to: pmPos(from + claim.length) });
    expect(range.start).toBe(start);
    expect(range.end).toBe(start + codePointLength(claim));
    expect(map.index.slice(range.start, range.end)).toBe(claim);
    expect(map.toPos(range.start)).toBe(from);
    expect(map.toPos(range.end)).toBe(from + claim.length);
  });

  it('round-trips every position of the sample article', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(
      new URL('../../../public/samples/us-japan-chip-controls.txt', import.meta.url),
      'utf8',
    );
    const doc = docFromPlainText(text);
    const map = new TextMap(doc);
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      for (let p = pos + 1; p <= pos + 1 + node.content.size; p++)
        expect(map.toPos(map.toOffset(pmPos(p)))).toBe(p);
      return false;
    });
  });
});

suite('describe and anchor over a document', () => {
  it('tells a repeated quote apart by its prefix and suffix', () => {
    const doc = docFromPlainText(
      'The minister said yes.\n\nLater the minister said no, and the minister said yes again.',
    );
    const map = new TextMap(doc);
    const second = map.text.lastIndexOf('the minister said yes');
    const target = describe(map.index, {
      start: map.index.toOffset(second),
      end: map.index.toOffset(second + 'the minister said yes'.length),
    });
    expect(target.prefix.endsWith('no, and ')).toBe(true);
    expect(target.suffix.startsWith(' again.')).toBe(true);
    // the position is lost (say, offsets from an older version): the context still picks the second one
    const found = anchor(map.index, {
      ...target,
      start: 0 as typeof target.start,
      end: 5 as typeof target.end,
    });
    expect(found.method).toBe('quote');
    if (found.method === 'orphan') throw new Error('orphaned');
    expect(found.start).toBe(target.start);
  });
});
