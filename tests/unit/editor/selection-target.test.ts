import { describe, expect, it } from 'vitest';
import { selectionTarget } from '../../../src/editor/selection-target';
import { TextMap, pmPos } from '../../../src/editor/text-map';
import { docFromPlainText } from '../../../src/io/plain-text';

const map = new TextMap(
  docFromPlainText('The minister said  inflation fell.\n\nSecond paragraph.'),
);
/** The document range of `text`'s first occurrence, widened by `pad` positions each side. */
const rangeOf = (text: string, pad = 0) => {
  const start = map.text.indexOf(text);
  return { from: pmPos(start + 1 - pad), to: pmPos(start + 1 + text.length + pad) };
};

describe('selectionTarget', () => {
  it('describes the selected text, without the white space a drag caught', () => {
    const found = selectionTarget(map, rangeOf('inflation', 1));
    expect(found?.target).toMatchObject({ exact: 'inflation', prefix: 'The minister said  ' });
    expect(found?.range).toEqual(rangeOf('inflation'));
  });

  it('is null for a selection of white space only', () => {
    const gap = rangeOf('said  inflation');
    expect(selectionTarget(map, { from: pmPos(gap.from + 4), to: pmPos(gap.from + 6) })).toBe(null);
  });
});
