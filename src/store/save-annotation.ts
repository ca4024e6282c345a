import type { AnnotationFields, FieldErrors } from '../model/annotation-fields';
import type { Who } from '../model/desk/reviewer';
import type { AnnotationOrigin } from '../model/origin';
import type { Annotation, Target } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import { InvalidAnnotationError, createAnnotation, updateAnnotation } from './annotations';

/** What the editor is open on: a new annotation of a target (from a suggestion: its origin), or a stored one. */
export type EditTarget =
  | { mode: 'new'; target: Target; origin?: AnnotationOrigin | undefined }
  | { mode: 'edit'; id: string };

/** A save: the stored annotation, or what is wrong with the fields (nothing was written). */
export type SaveResult = { ok: true; annotation: Annotation } | { ok: false; errors: FieldErrors };

interface Context {
  articleId: string;
  scale: VerdictScale;
  /** Who saves: credited as the creator, in the history, and as the one whose assessment the verdict is. */
  reviewer: Who;
  /** Marks the new annotation in the article and the sidebar while it is written, or (null) unmarks it. */
  mark?: (id: string | null) => void;
}

/**
 * Saves the editor's fields, validated here and nowhere else: bad fields
 * give their errors, keyed as `readFields` keys them. Throws what a failed
 * write throws. `opened` is what the form showed when it opened (see
 * `updateAnnotation`). A new annotation is shown while the write runs, and
 * taken back if it fails; every live feed shows the result (`showWritten`).
 */
export async function saveAnnotation(
  editing: EditTarget,
  fields: AnnotationFields,
  opened: AnnotationFields,
  { articleId, scale, reviewer, mark }: Context,
): Promise<SaveResult> {
  let shown = false;
  try {
    const annotation =
      editing.mode === 'edit'
        ? await updateAnnotation(editing.id, fields, scale, reviewer, opened)
        : await createAnnotation(
            articleId,
            editing.target,
            fields,
            reviewer,
            scale,
            record => {
              shown = true;
              mark?.(record.id);
            },
            editing.origin,
          );
    return { ok: true, annotation };
  } catch (err) {
    if (shown) mark?.(null);
    if (err instanceof InvalidAnnotationError) return { ok: false, errors: err.errors };
    throw err;
  }
}
