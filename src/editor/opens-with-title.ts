import type { Node as PmNode } from 'prosemirror-model';
import { collapseWhiteSpace } from '../model/white-space';

/** Whether the document's first block is a heading that reads like the title (case and spacing aside). */
export function opensWithTitle(doc: PmNode, title: string): boolean {
  const first = doc.firstChild;
  const flat = (s: string) => collapseWhiteSpace(s).toLocaleLowerCase();
  return first?.type.name === 'heading' && flat(first.textContent) === flat(title);
}
