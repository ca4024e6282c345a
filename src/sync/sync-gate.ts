import { exportAnnotatedJson } from '../io/annotated-json-export';
import { parseAnnotatedJson } from '../io/annotated-json-import';
import type { Tombstone } from '../model/tombstone';
import type { Annotation, Article } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import type { SyncedState } from './read-synced';

/** What of a document's records passed the import's gate, and what it refused and why. */
export interface GateResult {
  annotations: Annotation[];
  tombstones: Tombstone[];
  refused: { id: string; why: string }[];
}

type Parsed =
  { ok: true; annotations: Annotation[]; tombstones: Tombstone[] } | { ok: false; why: string };

/** The records written as an annotated-JSON file of `article` and read back through the import's gate. */
async function throughGate(
  article: Article,
  annotations: readonly Annotation[],
  tombstones: readonly Tombstone[],
  scale: VerdictScale,
): Promise<Parsed> {
  let text: string;
  try {
    text = exportAnnotatedJson(article, annotations, { scale, tombstones });
  } catch (e) {
    // a record too malformed to be written at all
    return { ok: false, why: e instanceof Error ? e.message : String(e) };
  }
  const parsed = await parseAnnotatedJson(text, {}, scale);
  if (!parsed.ok) return { ok: false, why: parsed.error.message };
  return { ok: true, annotations: parsed.annotations, tombstones: parsed.tombstones };
}

/**
 * The records of a shared document as the import would accept them: each
 * written into an annotated-JSON file of this browser's own copy of the
 * article and read back by `parseAnnotatedJson`, the one gate every file
 * passes (shapes, limits, targets against the text, ids, verdicts, times).
 * All at once when all pass; otherwise one by one, so that one bad record
 * (a hostile or buggy client's) is refused alone and the others still come.
 */
export async function checkSynced(
  article: Article,
  state: SyncedState,
  scale: VerdictScale,
): Promise<GateResult> {
  const all = await throughGate(article, state.annotations, state.tombstones, scale);
  if (all.ok) return { ...all, refused: [] };
  const out: GateResult = { annotations: [], tombstones: [], refused: [] };
  for (const a of state.annotations) {
    const one = await throughGate(article, [a], [], scale);
    if (one.ok) out.annotations.push(...one.annotations);
    else out.refused.push({ id: String(a.id), why: one.why });
  }
  for (const t of state.tombstones) {
    const one = await throughGate(article, [], [t], scale);
    if (one.ok) out.tombstones.push(...one.tombstones);
    else out.refused.push({ id: String(t.id), why: one.why });
  }
  return out;
}
