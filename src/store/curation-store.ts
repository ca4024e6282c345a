import { decide } from '../model/desk/decide';
import type { Reviewer } from '../model/desk/reviewer';
import { nowIso } from '../model/ids';
import type { Annotation } from '../model/types';
import { db } from './db';
import { showChanges } from './live-feeds';

/** A curator's decision on one claim: its annotations, the verdict, the reviewers whose assessments it settles. */
export interface ClaimDecision {
  ids: readonly string[];
  verdict: string;
  settles: readonly string[];
}

/**
 * Stores a curator's decisions in one transaction: each annotation of each
 * claim gets the verdict as its decision, its merge conflict settled, and a
 * history entry naming the curator and the assessments settled. An
 * annotation deleted meanwhile is skipped. Returns the records written.
 */
export async function decideClaims(
  decisions: readonly ClaimDecision[],
  curator: Reviewer,
): Promise<Annotation[]> {
  const at = nowIso();
  const written = await db.transaction('rw', db.annotations, async () => {
    const out: Annotation[] = [];
    for (const d of decisions) {
      const found = await db.annotations.bulkGet([...d.ids]);
      for (const a of found) if (a) out.push(decide(a, d.verdict, curator, d.settles, at));
    }
    await db.annotations.bulkPut(out);
    return out;
  });
  showChanges(written, []);
  return written;
}
