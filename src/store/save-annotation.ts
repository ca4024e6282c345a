import type { AnnotationFields } from '../model/annotation-fields';
import type { Target } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import type { AnnotationFeed } from './annotation-feed';
import { createAnnotation, updateAnnotation } from './annotations';

/** What the editor is open on: a new annotation of a target, or a stored one. */
export type EditTarget = { mode: 'new'; target: Target } | { mode: 'edit'; id: string };

interface Context {
  articleId: string;
  scale: VerdictScale;
  reviewer: string;
  /** The article's feed, shown this tab's writes at once; null while it starts. */
  feed: AnnotationFeed | null;
  /** Marks the new annotation in the article and the sidebar, or (null) unmarks it. */
  mark: (id: string | null) => void;
}

/**
 * Saves the editor's fields; throws what the store throws (invalid fields, a
 * failed write). A new annotation's highlight is shown while the write runs,
 * and taken back if it fails.
 */
export async function saveAnnotation(
  editing: EditTarget,
  fields: AnnotationFields,
  opened: AnnotationFields,
  { articleId, scale, reviewer, feed, mark }: Context,
): Promise<void> {
  if (editing.mode === 'edit') {
    feed?.put(await updateAnnotation(editing.id, fields, scale, reviewer, opened));
    return;
  }
  let shown: string | null = null;
  try {
    const created = await createAnnotation(
      articleId,
      editing.target,
      fields,
      reviewer,
      scale,
      record => {
        shown = record.id;
        feed?.put(record);
        mark(record.id);
      },
    );
    feed?.put(created);
  } catch (err) {
    if (shown) feed?.remove(shown);
    mark(null);
    throw err;
  }
}
