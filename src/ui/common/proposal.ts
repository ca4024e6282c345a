import type { DocRange } from '../../editor/text-map';
import type { AnnotationFields } from '../../model/annotation-fields';
import type { AnnotationOrigin } from '../../model/origin';

/**
 * A new annotation proposed to the reviewer rather than selected by them (an
 * accepted suggestion): its passage, the fields the form opens with, where it
 * came from, and what happens once the form closes, saved or not (where the
 * focus goes next). The annotation session opens it; a feature makes it.
 */
export interface Proposal {
  range: DocRange;
  fields: Partial<AnnotationFields>;
  origin: AnnotationOrigin;
  closed: (saved: boolean) => void;
}
