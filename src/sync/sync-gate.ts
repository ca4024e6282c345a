import { gateAnnotation, gateTombstone, type RecordGate } from '../io/record-gate';
import type { Tombstone } from '../model/tombstone';
import type { Annotation } from '../model/types';
import type { SyncedState } from './read-synced';

/** What of a document's records passed the import's gate, and what it refused and why. */
export interface GateResult {
  annotations: Annotation[];
  tombstones: Tombstone[];
  refused: { id: string; why: string }[];
}

/**
 * The records of a shared document as the import would accept them, each
 * one alone: as if it came in an annotated-JSON file of this browser's own
 * copy of the article and was read back by `parseAnnotatedJson` (the same
 * schema, the same per-annotation checks, the same record made of it; see
 * `recordGate`). The article is not checked again: it is this browser's,
 * checked when it was stored. One bad record (a hostile or buggy client's)
 * is refused alone, with the import's reason, and the others still come.
 */
export function checkSynced(gate: RecordGate, state: SyncedState): GateResult {
  const out: GateResult = { annotations: [], tombstones: [], refused: [] };
  for (const a of state.annotations) {
    const one = gateAnnotation(gate, a);
    if (one.ok) out.annotations.push(one.record);
    else out.refused.push({ id: String(a.id), why: one.why });
  }
  for (const t of state.tombstones) {
    const one = gateTombstone(gate, t);
    if (one.ok) out.tombstones.push(one.record);
    else out.refused.push({ id: String(t.id), why: one.why });
  }
  return out;
}
