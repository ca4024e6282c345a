import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import {
  highlightKey,
  highlightPlugin,
  withHighlightAction,
  type Highlight,
} from '../../../src/editor/highlight-plugin';
import { pmPos } from '../../../src/editor/text-map';
import { docFromPlainText } from '../../../src/io/plain-text';

const doc = docFromPlainText('Alpha beta gamma delta.\n\nEpsilon zeta eta theta.');
const cover = (state: EditorState, from: number, to: number) =>
  state.apply(withHighlightAction(state.tr, { type: 'cover', from, to }));
/** A state whose whole document has been in view, as the short article of these tests would be. */
const create = () =>
  cover(
    EditorState.create({ doc, plugins: [highlightPlugin({ onClickHighlights: () => {} })] }),
    0,
    doc.content.size,
  );
const uncovered = () =>
  EditorState.create({ doc, plugins: [highlightPlugin({ onClickHighlights: () => {} })] });
const h = (
  id: string,
  from: number,
  to: number,
  className = 'fm-kind-claim fm-unrated',
): Highlight => ({
  id,
  from: pmPos(from),
  to: pmPos(to),
  className,
  label: 'Claim · no verdict yet',
});
const sync = (state: EditorState, highlights: Highlight[]) =>
  state.apply(withHighlightAction(state.tr, { type: 'sync', highlights }));
const decos = (state: EditorState) => highlightKey.getState(state)?.decorations.find() ?? [];
/** A decoration's attributes object: the same object as long as the decoration was not redrawn. */
const attrsOf = (d: unknown) => (d as { type: { attrs: Record<string, string> } }).type.attrs;

describe('the highlight plugin', () => {
  it('draws one decoration per highlight, overlapping ones included', () => {
    const state = sync(create(), [h('a', 1, 11), h('b', 7, 17), h('c', 26, 33)]);
    const found = decos(state).map(d => [d.spec.id, d.from, d.to]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['a', 1, 11],
        ['b', 7, 17],
        ['c', 26, 33],
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('keeps its state when a transaction concerns it not', () => {
    const state = sync(create(), [h('a', 1, 11)]);
    const next = state.apply(state.tr.setMeta('unrelated', true));
    expect(highlightKey.getState(next)).toBe(highlightKey.getState(state));
  });

  it('does not rebuild when synced with the same highlights', () => {
    const state = sync(create(), [h('a', 1, 11), h('b', 7, 17)]);
    const again = sync(state, [h('a', 1, 11), h('b', 7, 17)]);
    expect(highlightKey.getState(again)).toBe(highlightKey.getState(state));
  });

  it('replaces only the highlight that changed', () => {
    const state = sync(create(), [h('a', 1, 11), h('b', 7, 17)]);
    const before = attrsOf(decos(state).find(d => d.spec.id === 'a'));
    const next = sync(state, [h('a', 1, 11), h('b', 7, 17, 'fm-kind-claim fm-cue-5')]);
    expect(attrsOf(decos(next).find(d => d.spec.id === 'a'))).toBe(before);
    expect(attrsOf(decos(next).find(d => d.spec.id === 'b')).class).toContain('fm-cue-5');
  });

  it('drops highlights that are no longer there', () => {
    const state = sync(create(), [h('a', 1, 11), h('b', 7, 17)]);
    expect(decos(sync(state, [h('b', 7, 17)])).map(d => d.spec.id)).toEqual(['b']);
  });

  it('draws a highlight added beside the ones held, and only it', () => {
    const state = sync(create(), [h('a', 1, 11), h('b', 7, 17)]);
    const a = attrsOf(decos(state).find(d => d.spec.id === 'a'));
    const next = sync(state, [h('a', 1, 11), h('b', 7, 17), h('c', 26, 33)]);
    expect(
      decos(next)
        .map(d => d.spec.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(attrsOf(decos(next).find(d => d.spec.id === 'a'))).toBe(a);
  });

  it('swaps one highlight for another of the same count, the gone one undrawn', () => {
    const state = sync(create(), [h('a', 1, 11), h('b', 7, 17)]);
    const next = sync(state, [h('a', 1, 11), h('c', 26, 33)]);
    expect(
      decos(next)
        .map(d => d.spec.id)
        .sort(),
    ).toEqual(['a', 'c']);
    expect([...(highlightKey.getState(next)?.highlights.keys() ?? [])].sort()).toEqual(['a', 'c']);
  });

  it('keeps the new object of a highlight that looks the same once another changes', () => {
    const state = sync(create(), [h('a', 1, 11), h('b', 7, 17)]);
    const sameA = h('a', 1, 11);
    const next = sync(state, [sameA, h('b', 7, 17, 'fm-kind-claim fm-cue-5')]);
    expect(highlightKey.getState(next)?.highlights.get('a')).toBe(sameA);
    expect(highlightKey.getState(next)?.highlights.get('b')?.className).toContain('fm-cue-5');
    expect(decos(next)).toHaveLength(2);
  });

  it('marks the active highlight and unmarks the previous one', () => {
    let state = sync(create(), [h('a', 1, 11), h('b', 7, 17)]);
    const classOf = (id: string) => attrsOf(decos(state).find(d => d.spec.id === id)).class;
    state = state.apply(withHighlightAction(state.tr, { type: 'activate', id: 'a' }));
    expect(classOf('a')).toContain('fm-hl-active');
    state = state.apply(withHighlightAction(state.tr, { type: 'activate', id: 'b' }));
    expect(classOf('a')).not.toContain('fm-hl-active');
    expect(classOf('b')).toContain('fm-hl-active');
  });

  it('maps decorations through a change to the document instead of rebuilding them', () => {
    const state = sync(create(), [h('a', 7, 11)]);
    const next = state.apply(state.tr.insertText('Omega ', 1));
    expect(decos(next).map(d => [d.from, d.to])).toEqual([[13, 17]]);
    expect(next.doc.textBetween(13, 17)).toBe('beta');
  });

  describe('draws only what has been in view', () => {
    const all = [h('a', 1, 11), h('b', 7, 17), h('c', 26, 33)];
    const ids = (state: EditorState) =>
      decos(state)
        .map(d => d.spec.id as string)
        .sort();

    it('draws nothing before any part of the document was in view', () => {
      expect(ids(sync(uncovered(), all))).toEqual([]);
    });

    it('draws the highlights that touch a covered range, and more as more is covered', () => {
      const first = cover(sync(uncovered(), all), 0, 8);
      expect(ids(first)).toEqual(['a', 'b']);
      const more = cover(first, 20, 30);
      expect(ids(more)).toEqual(['a', 'b', 'c']);
      // each decoration once, whatever ranges overlap
      expect(decos(cover(more, 0, 40))).toHaveLength(3);
    });

    it('draws a new highlight in a covered range at once, and holds one elsewhere back', () => {
      const state = cover(sync(uncovered(), [h('a', 1, 11)]), 0, 12);
      const next = sync(state, [h('a', 1, 11), h('c', 26, 33)]);
      expect(ids(next)).toEqual(['a']);
      expect(ids(cover(next, 24, 28))).toEqual(['a', 'c']);
    });

    it('keeps a state whose range was covered already', () => {
      const state = cover(sync(uncovered(), all), 0, 20);
      expect(highlightKey.getState(cover(state, 5, 15))).toBe(highlightKey.getState(state));
    });
  });
});
