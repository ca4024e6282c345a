import type { Annotation } from '../types';
import { legacyAssessments } from './assessment';
import { legacyReviewer } from './reviewer';
import { revisionId } from './revision';

/**
 * The annotation with the fields of team review that a record from before
 * them lacks (schema version 5, format version 3): its creator's id (derived
 * from the name, `legacyReviewer`), its verdict as the creator's assessment,
 * and a revision chain of one. What a record has already is kept, so this
 * gives the same record twice over.
 */
export function withDeskFields(a: Annotation): Annotation {
  if (a.creatorId !== undefined && a.assessments !== undefined && a.revs?.length) return a;
  const creatorId = a.creatorId ?? legacyReviewer(a.creator).id;
  const withAssessments = {
    ...a,
    creatorId,
    assessments: a.assessments ?? legacyAssessments({ ...a, creatorId }),
  };
  return a.revs?.length
    ? withAssessments
    : { ...withAssessments, revs: [revisionId(undefined, withAssessments)] };
}
