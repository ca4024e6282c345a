import { z } from 'zod';
import { REVS_LIMIT } from '../model/desk/revision';
import { MAX_VERDICTS } from '../model/verdict-scale';
import type { ImportLimits } from './import-limits';

/** The most assessments one annotation may carry: one per reviewer of a desk. */
export const ASSESSMENTS_PER_ANNOTATION = 100;

const REVISION = /^[1-9][0-9]{0,8}-[0-9a-f]{14}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Parts {
  limits: ImportLimits;
  name: z.ZodString;
  dateTime: z.ZodType<string>;
  uuidIri: z.ZodType<string>;
}

/**
 * The zod pieces of format version 3's team review (docs/format.md): who
 * (a Person with a `urn:uuid:` id), the assessment fields of an `assessing`
 * body, the revision chain, an open conflict, history ids, the verdict scale
 * and the tombstones.
 */
export function deskSchemas({ limits, name, dateTime, uuidIri }: Parts) {
  const reviewerId = z
    .string()
    .regex(UUID, { error: 'must be a reviewer id: a UUID in lower case' });
  const person = z.object({ type: z.literal('Person'), id: uuidIri, name });
  const revs = z
    .array(z.string().regex(REVISION, { error: 'must be a revision id like 3-0a1b2c3d4e5f60' }))
    .min(1)
    .max(REVS_LIMIT + 4)
    .meta({ description: 'The revisions of the annotation, oldest first, the head last.' });
  return {
    /** The annotation's own creator: a name, and the reviewer's id from version 3 on. */
    creator: z.object({ type: z.literal('Person'), id: uuidIri.optional(), name }),
    /** What an `assessing` body may add: the decision mark, or an assessment's creator, time and note. */
    assessing: {
      'factmark:decision': z
        .literal(true)
        .meta({ description: "The desk's decision, apart from the reviewers' assessments." })
        .optional(),
      creator: person.meta({ description: 'The reviewer whose assessment this is.' }).optional(),
      modified: dateTime.optional(),
      'factmark:note': z.string().max(limits.noteLength).optional(),
    },
    revs,
    conflict: z
      .object({
        heads: z.array(z.string().regex(REVISION)).min(1).max(2),
        decisions: z.array(name).max(2).optional(),
        deleted: z.object({ by: name, byId: reviewerId.optional(), at: dateTime }).optional(),
      })
      .meta({
        description:
          'What a merge left for a curator: the diverged heads, both decisions, a deletion.',
      }),
    /** What a history entry may add: the reviewer's id, and for a decision the reviewers it settles. */
    history: {
      byId: reviewerId.optional(),
      settles: z.array(reviewerId).max(ASSESSMENTS_PER_ANNOTATION).optional(),
    },
    scale: z
      .array(
        z.object({
          id: name.min(1),
          label: name,
          color: z.string().max(7),
          ratingValue: z.number().optional(),
          countsAsChecked: z.boolean(),
        }),
      )
      .max(MAX_VERDICTS)
      .meta({
        description:
          'The verdict scale the file uses, in order (checked as the scale editor checks it).',
      }),
    tombstones: z
      .array(
        z.object({
          id: uuidIri,
          by: name,
          byId: uuidIri.optional(),
          at: dateTime,
          revs: revs.optional(),
        }),
      )
      .max(limits.annotations)
      .meta({
        description: 'The deleted annotations of the article: who, when, the revisions deleted.',
      }),
  };
}
