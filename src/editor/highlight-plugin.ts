import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { touches, uncovered, union, type Span } from './spans';
import type { PmPos } from './text-map';

/** One annotation as the editor draws it; positions are ProseMirror positions. */
export interface Highlight {
  id: string;
  from: PmPos;
  to: PmPos;
  /** CSS classes for kind and verdict, e.g. "fm-kind-claim fm-verdict-false". */
  className: string;
  /** Inline style, e.g. the verdict colour as "--fm-c: #a3283a". */
  style?: string;
  /** Short description, shown on hover and read by screen readers. */
  label: string;
  /** For corrections: what the text should read, shown after the highlight (by CSS, so it is never part of the text or the selection). */
  correction?: string;
}

export type HighlightAction =
  | { type: 'sync'; highlights: readonly Highlight[] }
  | { type: 'activate'; id: string | null }
  /** Draw the highlights that touch this range of the document too. */
  | { type: 'cover'; from: number; to: number };

export const highlightKey = new PluginKey<HighlightState>('factmark-highlights');

interface Spec {
  id: string;
}

const sameHighlight = (a: Highlight, b: Highlight) =>
  a === b ||
  (a.from === b.from &&
    a.to === b.to &&
    a.className === b.className &&
    a.style === b.style &&
    a.label === b.label &&
    a.correction === b.correction);

/**
 * The highlights of every annotation, and the decorations of those in the
 * parts of the document that have been in view (`covered`): with ten
 * thousand annotations, drawing them all at once costs Chromium about a
 * second, so the view asks for the parts it shows as the reviewer scrolls
 * (`cover`). Kept in plugin state and mapped through transactions; a sync
 * touches only the highlights that changed.
 */
export class HighlightState {
  constructor(
    readonly decorations: DecorationSet,
    readonly highlights: ReadonlyMap<string, Highlight>,
    readonly activeId: string | null,
    readonly covered: readonly Span[] = [],
  ) {}

  static empty(): HighlightState {
    return new HighlightState(DecorationSet.empty, new Map(), null);
  }

  private with(decorations: DecorationSet, highlights = this.highlights, activeId = this.activeId) {
    return new HighlightState(decorations, highlights, activeId, this.covered);
  }

  apply(tr: Transaction, state: EditorState): HighlightState {
    const action = tr.getMeta(highlightKey) as HighlightAction | undefined;
    if (!action && !tr.docChanged) return this;
    // the article is read-only, so mapping only ever carries the decorations over unchanged
    const self = tr.docChanged ? this.with(this.decorations.map(tr.mapping, tr.doc)) : this;
    if (!action) return self;
    if (action.type === 'sync') return self.sync(action.highlights, state.doc);
    if (action.type === 'activate') return self.activate(action.id, state.doc);
    return self.cover(action, state.doc);
  }

  private cover(range: Span, doc: EditorState['doc']): HighlightState {
    const fresh = uncovered(this.covered, range);
    if (fresh.length === 0) return this;
    const added = [...this.highlights.values()].filter(
      h => touches(h, fresh) && !touches(h, this.covered),
    );
    const decorations = this.decorations.add(
      doc,
      added.flatMap(h => decorate(h, h.id === this.activeId)),
    );
    return new HighlightState(
      decorations,
      this.highlights,
      this.activeId,
      union(this.covered, range),
    );
  }

  private sync(next: readonly Highlight[], doc: EditorState['doc']): HighlightState {
    const changes = this.changesWithNoneGone(next);
    if (changes) {
      if (changes.changed.length === 0) return this;
      const highlights = new Map(this.highlights);
      for (const h of [...changes.same, ...changes.changed]) highlights.set(h.id, h);
      return this.redraw(changes.changed, highlights, doc);
    }
    const nextById = new Map(next.map(h => [h.id, h]));
    const stale = new Set<string>();
    for (const [id, old] of this.highlights) {
      const h = nextById.get(id);
      if (!h || !sameHighlight(old, h)) stale.add(id);
    }
    const added = next.filter(h => stale.has(h.id) || !this.highlights.has(h.id));
    if (stale.size === 0 && added.length === 0) return this;
    return this.redraw(added, nextById, doc, stale);
  }

  /**
   * What `next` changes when it holds every highlight held now, as the sync
   * of a saved annotation does: those new or drawn otherwise (`changed`), and
   * those only a new object of the same look (`same`), found in one walk of
   * `next` (a map of 10,000 built and compared on each save cost more than
   * the rest of the sync). Null when a highlight is gone: the full compare.
   * Assumes one highlight per id in `next`, as the app syncs.
   */
  private changesWithNoneGone(next: readonly Highlight[]) {
    const changed: Highlight[] = [];
    const same: Highlight[] = [];
    let held = 0;
    for (const h of next) {
      const old = this.highlights.get(h.id);
      if (old) held++;
      if (old === h) continue;
      if (old && sameHighlight(old, h)) same.push(h);
      else changed.push(h);
    }
    return held === this.highlights.size ? { changed, same } : null;
  }

  /** With `highlights`: `added` drawn anew where covered, after the decorations of `stale` ids (default: those of `added`) are taken out. */
  private redraw(
    added: readonly Highlight[],
    highlights: ReadonlyMap<string, Highlight>,
    doc: EditorState['doc'],
    stale: ReadonlySet<string> = new Set(
      added.filter(h => this.highlights.has(h.id)).map(h => h.id),
    ),
  ): HighlightState {
    const kept = stale.size
      ? this.decorations.remove(
          this.decorations.find(undefined, undefined, (s: Spec) => stale.has(s.id)),
        )
      : this.decorations;
    const decorations = kept.add(
      doc,
      added.filter(h => touches(h, this.covered)).flatMap(h => decorate(h, h.id === this.activeId)),
    );
    return this.with(decorations, highlights);
  }

  private activate(id: string | null, doc: EditorState['doc']): HighlightState {
    if (id === this.activeId) return this;
    const redraw = [this.activeId, id].filter(
      (x): x is string => x !== null && this.highlights.has(x),
    );
    const drawn = redraw.filter(x => touches(this.highlights.get(x) as Highlight, this.covered));
    const removed = this.decorations.remove(
      this.decorations.find(undefined, undefined, (s: Spec) => redraw.includes(s.id)),
    );
    const decorations = removed.add(
      doc,
      drawn.flatMap(x => decorate(this.highlights.get(x) as Highlight, x === id)),
    );
    return this.with(decorations, this.highlights, id);
  }
}

/** The decoration of one highlight: its own nested span, so overlaps stay visible. */
function decorate(h: Highlight, active: boolean): Decoration[] {
  if (h.from >= h.to) return [];
  const spec: Spec = { id: h.id };
  const attrs = {
    nodeName: 'span',
    class: `fm-hl ${h.className}${active ? ' fm-hl-active' : ''}`,
    'data-annotation-id': h.id,
    title: h.label,
    ...(h.style && { style: h.style }),
    ...(h.correction && { 'data-correction': h.correction }),
  };
  return [Decoration.inline(h.from, h.to, attrs, spec)];
}

export interface HighlightPluginOptions {
  /** The reviewer clicked a point covered by these highlights (innermost first). */
  onClickHighlights: (ids: string[], at: { x: number; y: number }) => void;
}

/** The plugin that owns the highlight decorations. */
export function highlightPlugin(options: HighlightPluginOptions): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: () => HighlightState.empty(),
      apply: (tr, value, _old, state) => value.apply(tr, state),
    },
    props: {
      decorations: state => highlightKey.getState(state)?.decorations ?? null,
      handleClick(view: EditorView, _pos: number, event: MouseEvent) {
        if (!clickPlacedCaret(view)) return false;
        const ids = highlightIdsAt(event.target);
        if (ids.length === 0) return false;
        options.onClickHighlights(ids, { x: event.clientX, y: event.clientY });
        return false;
      },
    },
  });
}

/** The ids of the highlight elements around a DOM node, innermost first. */
export function highlightIdsAt(target: EventTarget | null): string[] {
  const ids: string[] = [];
  let el =
    target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  for (; el; el = el.parentElement) {
    const id = el.getAttribute('data-annotation-id');
    if (id && !ids.includes(id)) ids.push(id);
    if (el.classList.contains('ProseMirror')) break;
  }
  return ids;
}

/** The transaction metadata for an action. */
export function withHighlightAction(tr: Transaction, action: HighlightAction): Transaction {
  return tr.setMeta(highlightKey, action);
}

/**
 * Whether the click being handled left a caret, not a selection: the DOM's
 * selection, as the view has not read the click yet (its state may still
 * hold the range selected before).
 */
export function clickPlacedCaret(view: EditorView): boolean {
  const dom = (view.root as Document).getSelection?.();
  return dom ? dom.isCollapsed : view.state.selection.empty;
}
