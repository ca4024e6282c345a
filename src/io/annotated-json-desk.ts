import type { Assessment } from '../model/desk/assessment';
import type { Reviewer } from '../model/desk/reviewer';
import type { Tombstone } from '../model/tombstone';
import { findVerdict, type VerdictScale } from '../model/verdict-scale';
import { idOfIri, uuidIri } from './iri';
import { TEXT_FORMAT } from './w3c-context';

// Format version 3's team-review parts (docs/format.md): assessments, the decision, the scale, tombstones.

type Node = Record<string, unknown>;

/** A reviewer as a W3C `creator`: a Person named by `urn:uuid:` and their name at the time. */
export const personNode = (r: Reviewer): Node => ({
  type: 'Person',
  id: uuidIri(r.id),
  name: r.name,
});

/** The reviewer of a checked `creator` node that has an id. */
export const toReviewer = (p: { id: string; name: string }): Reviewer => ({
  id: idOfIri(p.id),
  name: p.name,
});

function verdictBody(verdict: string, scale: VerdictScale): Node {
  const v = findVerdict(scale, verdict);
  const node: Node = {
    type: 'TextualBody',
    purpose: 'assessing',
    value: v?.label ?? verdict,
    format: TEXT_FORMAT,
    'factmark:verdict': verdict,
  };
  if (v?.ratingValue !== undefined) node['factmark:ratingValue'] = v.ratingValue;
  return node;
}

/** The decision: an `assessing` body marked `factmark:decision`, with no creator of its own. */
export function decisionBody(verdict: string, scale: VerdictScale): Node {
  return { ...verdictBody(verdict, scale), 'factmark:decision': true };
}

/** One reviewer's assessment: an `assessing` body with a body-level `creator` and `modified`. */
export function assessmentBody(a: Assessment, scale: VerdictScale): Node {
  const node: Node = { ...verdictBody(a.verdict, scale), creator: personNode(a.reviewer) };
  if (a.note !== undefined) node['factmark:note'] = a.note;
  node.modified = a.at;
  return node;
}

/** The verdict scale as the file carries it, field by field in a fixed order. */
export const scaleNode = (scale: VerdictScale): Node[] =>
  scale.map(v => ({
    id: v.id,
    label: v.label,
    color: v.color,
    ...(v.ratingValue !== undefined && { ratingValue: v.ratingValue }),
    countsAsChecked: v.countsAsChecked,
  }));

/** A tombstone as the file carries it. */
export function tombstoneNode(t: Tombstone): Node {
  return {
    id: uuidIri(t.id),
    by: t.by,
    ...(t.byId !== undefined && { byId: uuidIri(t.byId) }),
    at: t.at,
    ...(t.revs !== undefined && { revs: t.revs }),
  };
}

/** The tombstone of a checked node, on the article `articleId`. */
export function toTombstone(
  t: { id: string; by: string; byId?: string | undefined; at: string; revs?: string[] | undefined },
  articleId: string,
): Tombstone {
  return {
    id: idOfIri(t.id),
    articleId,
    by: t.by,
    ...(t.byId !== undefined && { byId: idOfIri(t.byId) }),
    at: t.at,
    ...(t.revs !== undefined && { revs: [...t.revs] }),
  };
}
