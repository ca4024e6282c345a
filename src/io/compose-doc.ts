import { Fragment, type Node as PmNode } from 'prosemirror-model';
import { canonicalText } from '../editor/text-map';
import { sha256Hex } from '../model/ids';
import type { Article, DocJson } from '../model/types';

/** The document with every text run composed (NFC), the rest as it was. */
function composeNode(node: PmNode): PmNode {
  if (node.isText) {
    const text = node.text ?? '';
    const composed = text.normalize('NFC');
    return composed === text ? node : node.type.schema.text(composed, node.marks);
  }
  const children: PmNode[] = [];
  node.forEach(child => children.push(composeNode(child)));
  return node.copy(Fragment.from(children));
}

/**
 * An imported article whose text is not NFC, composed as every loader
 * composes (docs/loading.md, step 5): its document's text runs, its canonical
 * text and hash; null if it is NFC already. The file's annotations still
 * describe the text as it came: re-anchoring maps them from it.
 */
export async function composeArticle(article: Article, doc: PmNode): Promise<Article | null> {
  if (article.text === article.text.normalize('NFC')) return null;
  const composed = composeNode(doc);
  const text = canonicalText(composed);
  return {
    ...article,
    doc: composed.toJSON() as DocJson,
    text,
    textHash: await sha256Hex(text),
  };
}
