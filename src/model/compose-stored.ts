import { describe } from './describe';
import { mapTarget } from './map-target';
import { CodePointIndex } from './offsets';
import { reanchorAnnotations } from './reanchor';
import { diffTexts } from './text-diff';
import type { Annotation, Article, DocJson } from './types';

/** An article's text and document composed (NFC), not yet hashed. */
export interface Composed {
  article: Article;
  doc: DocJson;
  text: string;
}

/** The document JSON with every text run composed, and the runs' text in order. */
function composeJson(node: unknown, runs: string[]): unknown {
  if (Array.isArray(node)) return node.map(n => composeJson(n, runs));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = composeJson(v, runs);
  if (out.type === 'text' && typeof out.text === 'string') {
    const text = out.text.normalize('NFC');
    out.text = text;
    runs.push(text);
  }
  return out;
}

/**
 * A stored article whose text is not NFC, composed as loaders now compose:
 * each text run of its document, and its text. Null if it is NFC already,
 * or if composing the runs one by one would not give the composed text (a
 * mark at the start of a styled run): such an article is left as it is
 * rather than have its document and text disagree.
 */
export function composeArticle(article: Article): Composed | null {
  const text = article.text.normalize('NFC');
  if (text === article.text) return null;
  const runs: string[] = [];
  const doc = composeJson(article.doc, runs) as DocJson;
  // line breaks stop composition, so the runs must give the text, line breaks aside
  const joined = runs.join('').replace(/\n/g, '');
  return joined === text.replace(/\n/g, '') ? { article, doc, text } : null;
}

/** A stored text before and after composing, with both hashes. */
export interface Recomposed {
  before: string;
  beforeHash: string;
  after: string;
  afterHash: string;
}

/**
 * The annotations after their texts were composed (`recomposed`, by the hash
 * of the text before). Those of a composed article move onto its new text
 * through the diff, as onto a new version: the letters are the same, so they
 * anchor where they were, and one awaiting confirmation stays so. An orphan
 * keeps its old target, mapped onto the composed text it describes, and
 * learns which text that is (`textHash`): `textOf` finds the version, by
 * article id, among the article's earlier versions (`chain`). Returns only
 * the annotations that changed.
 */
export function composeAnnotations(
  annotations: readonly Annotation[],
  chain: (articleId: string) => readonly { text: string; hash: string }[],
  recomposed: ReadonlyMap<string, Recomposed>,
  now: string,
): Annotation[] {
  const out: Annotation[] = [];
  const byArticle = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.anchoring?.method === 'orphan') {
      const moved = composeOrphan(a, chain(a.articleId), recomposed, now);
      if (moved) out.push(moved);
    } else byArticle.set(a.articleId, [...(byArticle.get(a.articleId) ?? []), a]);
  }
  for (const [articleId, anchored] of byArticle) {
    const [current] = chain(articleId);
    const change = current && recomposed.get(current.hash);
    if (!change) continue;
    const source = { text: change.before, hash: change.beforeHash };
    const index = new CodePointIndex(change.after);
    const done = reanchorAnnotations(index, anchored, now, () => source).annotations;
    done.forEach((a, i) => {
      if (a !== anchored[i]) out.push(a);
    });
  }
  return out;
}

function composeOrphan(
  a: Annotation,
  versions: readonly { text: string; hash: string }[],
  recomposed: ReadonlyMap<string, Recomposed>,
  now: string,
): Annotation | null {
  if (a.anchoring?.method !== 'orphan') return null;
  const known = a.anchoring.textHash;
  const { start, end, exact } = a.target;
  const describes = (text: string) => {
    const index = new CodePointIndex(text);
    return end <= index.length && start <= end && index.slice(start, end) === exact;
  };
  const version = versions.find(
    v => (known === undefined || v.hash === known) && describes(v.text),
  );
  if (!version) return null;
  const change = recomposed.get(version.hash);
  let target = a.target;
  let textHash = version.hash;
  if (change) {
    const index = new CodePointIndex(change.after);
    const found = mapTarget(
      diffTexts(change.before, change.after),
      new CodePointIndex(change.before),
      index,
      a.target,
    );
    if (found.method === 'orphan') return null;
    target = describe(index, { start: found.start, end: found.end });
    textHash = change.afterHash;
  }
  if (textHash === known && target === a.target) return null;
  return { ...a, target, anchoring: { ...a.anchoring, textHash }, updatedAt: now };
}
