import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { highlightPlugin, withHighlightAction } from '../../../src/editor/highlight-plugin';
import {
  activateSuggestion,
  setSuggestions,
  suggestionKey,
  suggestionPlugin,
  suggestionRange,
  suggestionTitle,
  toSuggestionRanges,
  type SuggestionRange,
} from '../../../src/editor/suggestion-plugin';
import { TextMap, pmPos } from '../../../src/editor/text-map';
import { docFromPlainText } from '../../../src/io/plain-text';
import type { Suggestion } from '../../../src/model/claim-spotting/types';
import { textOffset } from '../../../src/model/offsets';

const doc = docFromPlainText('Alpha beta gamma delta.\n\nEpsilon zeta eta theta.');
const cover = (state: EditorState, from: number, to: number) =>
  state.apply(withHighlightAction(state.tr, { type: 'cover', from, to }));
const uncovered = () => EditorState.create({ doc, plugins: [suggestionPlugin()] });
/** A state whose whole document has been in view. */
const create = () => cover(uncovered(), 0, doc.content.size);
const s = (
  id: string,
  from: number,
  to: number,
  kind: 'claim' | 'name' = 'claim',
  strength: 'strong' | 'possible' = 'strong',
): SuggestionRange => ({
  id,
  from: pmPos(from),
  to: pmPos(to),
  kind,
  strength,
  underlined: strength === 'strong',
  title: `Suggested: ${kind === 'claim' ? 'number' : 'close to a reference name'}`,
});
const set = (state: EditorState, items: SuggestionRange[]) =>
  state.apply(setSuggestions(state.tr, items));
const decos = (state: EditorState) => suggestionKey.getState(state)?.decorations.find() ?? [];
const attrsOf = (d: unknown) => (d as { type: { attrs: Record<string, string> } }).type.attrs;
const ids = (state: EditorState) =>
  decos(state)
    .map(d => d.spec.suggestionId as string)
    .sort();

describe('the suggestion plugin', () => {
  it('draws each suggestion as a classed, titled span that is not an annotation', () => {
    const state = set(create(), [s('a', 1, 11), s('n', 26, 33, 'name')]);
    const found = decos(state);
    expect(found.map(d => [d.spec.suggestionId, d.from, d.to])).toEqual([
      ['a', 1, 11],
      ['n', 26, 33],
    ]);
    const attrs = attrsOf(found[1]);
    expect(attrs.class).toBe('fm-suggestion fm-suggestion-name fm-suggestion-strong');
    expect(attrs['data-suggestion-id']).toBe('n');
    expect(attrs.title).toBe('Suggested: close to a reference name');
    expect(attrs).not.toHaveProperty('data-annotation-id');
  });

  it('keeps its state when a transaction concerns it not', () => {
    const state = set(create(), [s('a', 1, 11)]);
    const next = state.apply(state.tr.setMeta('unrelated', true));
    expect(suggestionKey.getState(next)).toBe(suggestionKey.getState(state));
  });

  it('does not rebuild when set to the same suggestions', () => {
    const state = set(create(), [s('a', 1, 11), s('b', 7, 17)]);
    const again = set(state, [s('a', 1, 11), s('b', 7, 17)]);
    expect(suggestionKey.getState(again)).toBe(suggestionKey.getState(state));
  });

  it('removes a dismissed suggestion and leaves the others’ decorations alone', () => {
    const state = set(create(), [s('a', 1, 11), s('b', 7, 17)]);
    const before = attrsOf(decos(state).find(d => d.spec.suggestionId === 'a'));
    const next = set(state, [s('a', 1, 11)]);
    expect(ids(next)).toEqual(['a']);
    expect(attrsOf(decos(next)[0])).toBe(before);
  });

  it('lives alongside the highlights without touching them', () => {
    const plugins = [highlightPlugin({ onClickHighlights: () => {} }), suggestionPlugin()];
    let state = cover(EditorState.create({ doc, plugins }), 0, doc.content.size);
    state = state.apply(
      withHighlightAction(state.tr, {
        type: 'sync',
        highlights: [
          { id: 'h', from: pmPos(1), to: pmPos(6), className: 'fm-kind-claim', label: 'Claim' },
        ],
      }),
    );
    state = set(state, [s('a', 1, 11)]);
    expect(ids(state)).toEqual(['a']);
  });

  it('marks the active suggestion and unmarks the previous one', () => {
    let state = set(create(), [s('a', 1, 11), s('b', 26, 33)]);
    const classOf = (id: string) =>
      attrsOf(decos(state).find(d => d.spec.suggestionId === id)).class;
    state = state.apply(activateSuggestion(state.tr, 'a'));
    expect(classOf('a')).toContain('fm-suggestion-active');
    state = state.apply(activateSuggestion(state.tr, 'b'));
    expect(classOf('a')).not.toContain('fm-suggestion-active');
    expect(classOf('b')).toContain('fm-suggestion-active');
  });

  it('draws a possible suggestion only while it is active, but knows where it is', () => {
    let state = set(create(), [s('a', 1, 11), s('p', 26, 33, 'claim', 'possible')]);
    expect(ids(state)).toEqual(['a']);
    expect(suggestionRange(state, 'p')).toMatchObject({ from: 26, to: 33 });
    state = state.apply(activateSuggestion(state.tr, 'p'));
    expect(ids(state)).toEqual(['a', 'p']);
    const p = decos(state).find(d => d.spec.suggestionId === 'p');
    expect(attrsOf(p).class).toBe(
      'fm-suggestion fm-suggestion-claim fm-suggestion-possible fm-suggestion-active',
    );
    state = state.apply(activateSuggestion(state.tr, null));
    expect(ids(state)).toEqual(['a']);
  });

  it('draws a possible suggestion once it is underlined', () => {
    const possible = s('p', 26, 33, 'claim', 'possible');
    const state = set(create(), [s('a', 1, 11), possible]);
    const all = set(state, [s('a', 1, 11), { ...possible, underlined: true }]);
    expect(ids(all)).toEqual(['a', 'p']);
    expect(ids(set(all, [s('a', 1, 11), possible]))).toEqual(['a']);
  });

  it('maps decorations and ranges through a change to the document', () => {
    const state = set(create(), [s('a', 7, 11)]);
    const next = state.apply(state.tr.insertText('Omega ', 1));
    expect(decos(next).map(d => [d.from, d.to])).toEqual([[13, 17]]);
    expect(suggestionRange(next, 'a')).toMatchObject({ from: 13, to: 17 });
  });

  it('places suggestions given in code points by way of the text map, less dismissed ones', () => {
    const map = new TextMap(doc);
    const at = (word: string): Suggestion => ({
      id: word,
      kind: 'claim',
      start: textOffset(map.text.indexOf(word)),
      end: textOffset(map.text.indexOf(word) + word.length),
      exact: word,
      score: 0.9,
      strength: 'strong',
      reasons: ['number', 'attribution'],
    });
    const ranges = toSuggestionRanges(
      [at('zeta'), at('beta')],
      o => map.toPos(o),
      new Set(['beta']),
    );
    expect(ranges).toEqual([
      expect.objectContaining({ id: 'zeta', title: 'Suggested: number + attribution' }),
    ]);
    const [d] = decos(set(create(), ranges));
    expect(doc.textBetween(d?.from ?? 0, d?.to ?? 0)).toBe('zeta');
  });

  it('underlines strong suggestions, and possible ones only when all are asked for', () => {
    const map = new TextMap(doc);
    const at = (word: string, strength: Suggestion['strength']): Suggestion => ({
      id: word,
      kind: 'claim',
      start: textOffset(map.text.indexOf(word)),
      end: textOffset(map.text.indexOf(word) + word.length),
      exact: word,
      score: strength === 'strong' ? 0.97 : 0.7,
      strength,
      reasons: ['number'],
    });
    const found = [at('beta', 'strong'), at('zeta', 'possible')];
    const underlined = (all: boolean) =>
      toSuggestionRanges(found, o => map.toPos(o), new Set(), all).map(r => [r.id, r.underlined]);
    expect(underlined(false)).toEqual([
      ['beta', true],
      ['zeta', false],
    ]);
    expect(underlined(true)).toEqual([
      ['beta', true],
      ['zeta', true],
    ]);
  });

  it('titles a name suggestion with the spelling it proposes', () => {
    expect(
      suggestionTitle({ reasons: ['close to a reference name'], correction: 'Robert Habeck' }),
    ).toBe('Suggested: close to a reference name (→ Robert Habeck)');
  });

  describe('draws only what has been in view', () => {
    const all = [s('a', 1, 11), s('b', 7, 17), s('c', 26, 33)];

    it('draws nothing before any part of the document was in view', () => {
      expect(ids(set(uncovered(), all))).toEqual([]);
    });

    it('follows the highlight plugin’s cover, drawing each suggestion once', () => {
      const first = cover(set(uncovered(), all), 0, 8);
      expect(ids(first)).toEqual(['a', 'b']);
      const more = cover(first, 20, 30);
      expect(ids(more)).toEqual(['a', 'b', 'c']);
      expect(decos(cover(more, 0, 40))).toHaveLength(3);
    });

    it('draws a suggestion set in a covered range at once, and holds one elsewhere back', () => {
      const next = set(cover(uncovered(), 0, 12), all);
      expect(ids(next)).toEqual(['a', 'b']);
      expect(ids(cover(next, 24, 28))).toEqual(['a', 'b', 'c']);
    });

    it('keeps a state whose range was covered already', () => {
      const state = cover(set(uncovered(), all), 0, 20);
      expect(suggestionKey.getState(cover(state, 5, 15))).toBe(suggestionKey.getState(state));
    });

    it('decorates only the few of five hundred suggestions that are near the view', () => {
      const long = docFromPlainText(
        Array.from({ length: 2000 }, (_, i) => `Sentence ${i} says 40% more.`).join('\n\n'),
      );
      let state = EditorState.create({ doc: long, plugins: [suggestionPlugin()] });
      state = cover(state, 0, 2000);
      const items = Array.from({ length: 500 }, (_, i) => s(`s${i}`, 1 + i * 60, 10 + i * 60));
      state = set(set(state, items), items.slice(1));
      // those starting in the first 2,000 positions, less the one dismissed
      expect(ids(state)).toHaveLength(33);
      expect(suggestionKey.getState(state)?.items.size).toBe(499);
    });
  });
});
