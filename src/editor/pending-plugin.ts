import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { DocRange } from './text-map';

/**
 * Keeps the range being annotated visibly marked while focus is in the
 * annotation form (the browser hides the selection of an unfocused editor).
 */
export const pendingKey = new PluginKey<DecorationSet>('factmark-pending');

export function pendingPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: pendingKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const range = tr.getMeta(pendingKey) as DocRange | null | undefined;
        if (range === undefined) return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        if (range === null || range.from >= range.to) return DecorationSet.empty;
        return DecorationSet.create(tr.doc, [
          Decoration.inline(range.from, range.to, { class: 'fm-pending' }),
        ]);
      },
    },
    props: { decorations: state => pendingKey.getState(state) ?? null },
  });
}

/** Marks (or, with null, unmarks) the range being annotated. */
export function setPending(tr: Transaction, range: DocRange | null): Transaction {
  return tr.setMeta(pendingKey, range);
}
