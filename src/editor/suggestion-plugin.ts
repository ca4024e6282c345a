import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Suggestion } from '../model/claim-spotting/types';
import type { TextOffset } from '../model/offsets';
import {
  clickPlacedCaret,
  highlightIdsAt,
  highlightKey,
  type HighlightAction,
} from './highlight-plugin';
import { sameSpan, touches, union, type Span } from './spans';
import { pmPos, type PmPos } from './text-map';

/** One suggestion as the editor draws it; positions are ProseMirror positions. */
export interface SuggestionRange {
  id: string;
  from: PmPos;
  to: PmPos;
  kind: 'claim' | 'name';
  strength: 'strong' | 'possible';
  /** Drawn in the article; one that is not is drawn only while active (chosen in the panel). */
  underlined: boolean;
  /** Shown on hover: "Suggested: superlative + institution". */
  title: string;
}

export type SuggestionAction =
  { type: 'set'; items: readonly SuggestionRange[] } | { type: 'activate'; id: string | null };

interface Spec {
  suggestionId: string;
}

export const suggestionKey = new PluginKey<SuggestionState>('factmark-suggestions');

const sameItem = (a: SuggestionRange, b: SuggestionRange) =>
  a === b ||
  (a.from === b.from &&
    a.to === b.to &&
    a.kind === b.kind &&
    a.strength === b.strength &&
    a.underlined === b.underlined &&
    a.title === b.title);

/** Whether a suggestion is drawn: underlined, or the one the reviewer is looking at. */
const shown = (s: SuggestionRange, activeId: string | null) => s.underlined || s.id === activeId;

/**
 * The spotter's suggestions, drawn as dashed underlines that are not
 * annotations: the underlined ones (strong, or all if the reviewer asks),
 * and the active one whatever its strength. Like the highlights, only those in parts of the document that
 * have been in view are decorated: the plugin follows the highlight plugin's
 * `cover` actions, so the view asks once for both. Kept in plugin state and
 * mapped through transactions; a `set` redraws only the suggestions that
 * changed (a dismissal removes one decoration).
 */
export class SuggestionState {
  constructor(
    readonly decorations: DecorationSet,
    readonly items: ReadonlyMap<string, SuggestionRange>,
    readonly activeId: string | null,
    readonly covered: readonly Span[],
  ) {}

  static empty(): SuggestionState {
    return new SuggestionState(DecorationSet.empty, new Map(), null, []);
  }

  apply(tr: Transaction, state: EditorState): SuggestionState {
    const action = tr.getMeta(suggestionKey) as SuggestionAction | undefined;
    const highlight = tr.getMeta(highlightKey) as HighlightAction | undefined;
    const cover = highlight?.type === 'cover' ? highlight : undefined;
    if (!action && !cover && !tr.docChanged) return this;
    const mapped = tr.docChanged ? this.mapped(tr) : this;
    const covered = cover ? mapped.cover(cover, state.doc) : mapped;
    if (action?.type === 'set') return covered.set(action.items, state.doc);
    if (action?.type === 'activate') return covered.activate(action.id, state.doc);
    return covered;
  }

  /** The article is read-only, so this only ever carries everything over unchanged. */
  private mapped(tr: Transaction): SuggestionState {
    const items = new Map<string, SuggestionRange>();
    for (const [id, s] of this.items) {
      const from = pmPos(tr.mapping.map(s.from, 1));
      const to = pmPos(Math.max(from, tr.mapping.map(s.to, -1)));
      items.set(id, from === s.from && to === s.to ? s : { ...s, from, to });
    }
    const covered = this.covered.map(c => ({
      from: tr.mapping.map(c.from, -1),
      to: tr.mapping.map(c.to, 1),
    }));
    return new SuggestionState(
      this.decorations.map(tr.mapping, tr.doc),
      items,
      this.activeId,
      covered,
    );
  }

  private cover(range: Span, doc: EditorState['doc']): SuggestionState {
    const covered = union(this.covered, range);
    if (
      covered.length === this.covered.length &&
      covered.every((c, i) => sameSpan(c, this.covered[i]))
    )
      return this;
    const added = [...this.items.values()].filter(
      s => shown(s, this.activeId) && touches(s, [range]) && !touches(s, this.covered),
    );
    const decorations = this.decorations.add(
      doc,
      added.map(s => decorate(s, s.id === this.activeId)),
    );
    return new SuggestionState(decorations, this.items, this.activeId, covered);
  }

  private set(next: readonly SuggestionRange[], doc: EditorState['doc']): SuggestionState {
    const nextById = new Map(next.filter(s => s.from < s.to).map(s => [s.id, s]));
    const stale = new Set<string>();
    for (const [id, old] of this.items) {
      const s = nextById.get(id);
      if (!s || !sameItem(old, s)) stale.add(id);
    }
    const added = [...nextById.values()].filter(s => stale.has(s.id) || !this.items.has(s.id));
    if (stale.size === 0 && added.length === 0) return this;
    const kept = stale.size ? this.decorations.remove(this.drawnOf(stale)) : this.decorations;
    const decorations = kept.add(
      doc,
      added
        .filter(s => shown(s, this.activeId) && touches(s, this.covered))
        .map(s => decorate(s, s.id === this.activeId)),
    );
    return new SuggestionState(decorations, nextById, this.activeId, this.covered);
  }

  private activate(id: string | null, doc: EditorState['doc']): SuggestionState {
    if (id === this.activeId) return this;
    const redraw = new Set([this.activeId, id].filter((x): x is string => x !== null));
    const drawn = [...redraw]
      .map(x => this.items.get(x))
      .filter((s): s is SuggestionRange => !!s && shown(s, id) && touches(s, this.covered));
    const decorations = this.decorations.remove(this.drawnOf(redraw)).add(
      doc,
      drawn.map(s => decorate(s, s.id === id)),
    );
    return new SuggestionState(decorations, this.items, id, this.covered);
  }

  private drawnOf(ids: ReadonlySet<string>): Decoration[] {
    return this.decorations.find(undefined, undefined, (s: Spec) => ids.has(s.suggestionId));
  }
}

function decorate(s: SuggestionRange, active: boolean): Decoration {
  const spec: Spec = { suggestionId: s.id };
  const attrs = {
    nodeName: 'span',
    class: `fm-suggestion fm-suggestion-${s.kind} fm-suggestion-${s.strength}${active ? ' fm-suggestion-active' : ''}`,
    'data-suggestion-id': s.id,
    title: s.title,
  };
  return Decoration.inline(s.from, s.to, attrs, spec);
}

export interface SuggestionPluginOptions {
  /** The reviewer clicked a suggestion's underline (the innermost one under the pointer). */
  onClickSuggestion?: (id: string) => void;
}

/** The plugin that owns the suggestion decorations. */
export function suggestionPlugin(options: SuggestionPluginOptions = {}): Plugin<SuggestionState> {
  return new Plugin<SuggestionState>({
    key: suggestionKey,
    state: {
      init: () => SuggestionState.empty(),
      apply: (tr, value, _old, state) => value.apply(tr, state),
    },
    props: {
      decorations: state => suggestionKey.getState(state)?.decorations ?? null,
      handleClick(view: EditorView, _pos: number, event: MouseEvent) {
        if (!options.onClickSuggestion || !clickPlacedCaret(view)) return false;
        // a click on a highlight is the annotation's, even over an underline
        if (highlightIdsAt(event.target).length > 0) return false;
        const target = event.target instanceof Element ? event.target : null;
        const el = target?.closest('[data-suggestion-id]');
        const id = el && view.dom.contains(el) ? el.getAttribute('data-suggestion-id') : null;
        if (id) options.onClickSuggestion(id);
        // other plugins (the highlights) still see the click
        return false;
      },
    },
  });
}

/** "Suggested: superlative + institution", and the spelling a name suggestion proposes. */
export function suggestionTitle(s: Pick<Suggestion, 'reasons' | 'correction'>): string {
  const why = s.reasons.length ? s.reasons.join(' + ') : 'worth checking';
  return `Suggested: ${why}${s.correction ? ` (→ ${s.correction})` : ''}`;
}

/**
 * The suggestions to draw, in document positions: `toPos` is the article's
 * `TextMap.toPos` (suggestions count code points of the canonical text);
 * dismissed ones are left out. Strong ones are underlined; possible ones too
 * when `underlineAll`.
 */
export function toSuggestionRanges(
  suggestions: readonly Suggestion[],
  toPos: (offset: TextOffset) => PmPos,
  dismissed: ReadonlySet<string> = new Set(),
  underlineAll = false,
): SuggestionRange[] {
  return suggestions
    .filter(s => !dismissed.has(s.id))
    .map(s => ({
      id: s.id,
      from: toPos(s.start),
      to: toPos(s.end),
      kind: s.kind,
      strength: s.strength,
      underlined: underlineAll || s.strength === 'strong',
      title: suggestionTitle(s),
    }));
}

/** Replaces the drawn suggestions (dismissed ones left out by the caller). */
export function setSuggestions(tr: Transaction, items: readonly SuggestionRange[]): Transaction {
  return tr.setMeta(suggestionKey, { type: 'set', items } satisfies SuggestionAction);
}

/** Marks one suggestion as the one the reviewer is looking at, or none. */
export function activateSuggestion(tr: Transaction, id: string | null): Transaction {
  return tr.setMeta(suggestionKey, { type: 'activate', id } satisfies SuggestionAction);
}

/** The drawn range of a suggestion, or undefined if it is not set. */
export function suggestionRange(state: EditorState, id: string): SuggestionRange | undefined {
  return suggestionKey.getState(state)?.items.get(id);
}
