import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it, vi } from 'vitest';
import { readOnlyPlugin } from '../../../src/editor/read-only-plugin';
import { docFromPlainText } from '../../../src/io/plain-text';

const state = () =>
  EditorState.create({
    doc: docFromPlainText('The text under review.'),
    plugins: [readOnlyPlugin({ onAnnotateKey: vi.fn() })],
  });

describe('the read-only plugin', () => {
  it('refuses every change to the document', () => {
    const s = state();
    expect(s.apply(s.tr.insertText('x', 1)).doc.eq(s.doc)).toBe(true);
    expect(s.apply(s.tr.delete(1, 5)).doc.eq(s.doc)).toBe(true);
  });

  it('lets the selection move', () => {
    const s = state();
    const next = s.apply(s.tr.setSelection(TextSelection.create(s.doc, 1, 4)));
    expect(next.doc.textBetween(next.selection.from, next.selection.to)).toBe('The');
  });
});
