import type { ClaimUnit } from '../agreement/claim-units';

/** Why a claim waits for a curator. */
export type CurationReason = 'disagree' | 'partly-flagged' | 'conflict';

/** A claim in the Curation view: what needs settling, or an agreement to accept. */
export interface CurationItem {
  unit: ClaimUnit;
  reasons: CurationReason[];
  /** The one verdict every assessment gives, when they agree (and nothing else waits). */
  agreed?: string;
}

/**
 * Whether a curator has decided the claim since its assessments last
 * changed: each annotation's last decision settles every assessment there is
 * now, and none was made after it. A reviewer changing their verdict later
 * opens it again.
 */
function settled(unit: ClaimUnit): boolean {
  return unit.members.every(m => {
    const decision = m.history.findLast(h => h.field === 'verdict' && h.settles !== undefined);
    if (!decision?.settles || m.verdict === undefined) return false;
    const settles = new Set(decision.settles);
    return unit.assessments.every(
      a => settles.has(a.reviewer.id) && Date.parse(a.at) <= Date.parse(decision.at),
    );
  });
}

/**
 * The claims a curator looks at, in reading order: those whose assessments
 * disagree, those only some of the desk's reviewers flagged, and those a
 * merge left in conflict (`reasons`); and, apart, those where every
 * reviewer agrees but the decision is not yet that verdict (`agreed`), which
 * may be accepted in one step. The desk is everyone who flagged any of the
 * units; a claim a curator has decided (`settled`) waits no more.
 */
export function curationItems(units: readonly ClaimUnit[]): {
  open: CurationItem[];
  agreeing: CurationItem[];
} {
  const desk = new Set(units.flatMap(u => u.flaggedBy));
  const open: CurationItem[] = [];
  const agreeing: CurationItem[] = [];
  for (const unit of units) {
    const verdicts = new Set(unit.assessments.map(a => a.verdict));
    const reasons: CurationReason[] = [];
    const undecided = !settled(unit);
    if (undecided && verdicts.size > 1) reasons.push('disagree');
    if (undecided && desk.size > 1 && unit.flaggedBy.length < desk.size)
      reasons.push('partly-flagged');
    if (unit.members.some(m => m.conflict)) reasons.push('conflict');
    if (reasons.length > 0) open.push({ unit, reasons });
    else if (verdicts.size === 1) {
      const [agreed] = verdicts as Set<string>;
      if (unit.members.some(m => m.verdict !== agreed))
        agreeing.push({ unit, reasons, agreed: agreed as string });
    }
  }
  return { open, agreeing };
}
