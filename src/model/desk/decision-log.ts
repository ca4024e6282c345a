import type { Reviewer } from './reviewer';

/**
 * One decision in a claim's append-only log, as a desk in sync keeps it: a
 * curator's verdict (or `null`: the decision cleared) and the ids of the
 * decisions its author had seen (the log's heads when it was written).
 */
export interface DecisionEntry {
  /** `<generation>-<14 hex digits>`: one more than the newest it saw, and random. */
  id: string;
  by: Reviewer;
  verdict: string | null;
  /** ISO 8601 time, for people: it never orders decisions. */
  at: string;
  seen: readonly string[];
}

/** Where a log stands: the decision, and the decisions in conflict if any. */
export interface DecisionState {
  /** The decision every head agrees on, or the last one all of them had seen; absent if none. */
  verdict?: string;
  /** The ids of the heads, sorted. */
  heads: string[];
  /** Heads that did not see each other and differ: their verdicts ('' for none), sorted. */
  conflict?: string[];
}

const generation = (id: string) => parseInt(id, 10) || 0;

/** The id of a new entry after `seen`: its generation is one past the newest it saw. */
export function decisionEntryId(seen: readonly string[], random: string): string {
  const top = seen.reduce((max, id) => Math.max(max, generation(id)), 0);
  return `${top + 1}-${random}`;
}

/** The entries no other entry has seen: the newest decisions, sorted by id. */
export function decisionHeads(log: readonly DecisionEntry[]): DecisionEntry[] {
  const seen = new Set(log.flatMap(e => e.seen));
  const heads = new Map<string, DecisionEntry>();
  for (const e of log) if (!seen.has(e.id)) heads.set(e.id, e);
  return [...heads.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `entry` and every entry it saw, directly or through others. */
function ancestry(entry: DecisionEntry, byId: ReadonlyMap<string, DecisionEntry>): Set<string> {
  const out = new Set<string>();
  const todo = [entry.id];
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    for (const s of byId.get(id)?.seen ?? []) todo.push(s);
  }
  return out;
}

/**
 * The decision a log holds. One head, or heads that give the same verdict:
 * that verdict. Heads that did not see each other and differ are a conflict
 * for a curator, never settled by which came last: the decision stays the
 * newest one every head had seen (none if they share none, or several),
 * until a curator's entry sees them all. The same log gives the same
 * state, whatever order its entries arrived in.
 */
export function decisionState(log: readonly DecisionEntry[]): DecisionState {
  const heads = decisionHeads(log);
  const ids = heads.map(h => h.id);
  const verdicts = [...new Set(heads.map(h => h.verdict ?? ''))].sort();
  if (verdicts.length <= 1) {
    const verdict = heads[0]?.verdict;
    return { heads: ids, ...(verdict != null && { verdict }) };
  }
  const byId = new Map(log.map(e => [e.id, e]));
  const [first, ...rest] = heads.map(h => ancestry(h, byId));
  const common = [...(first ?? [])].filter(id => rest.every(a => a.has(id)));
  const commonSeen = new Set(common.flatMap(id => byId.get(id)?.seen ?? []));
  const newest = common.filter(id => !commonSeen.has(id));
  const base = newest.length === 1 ? byId.get(newest[0] as string)?.verdict : undefined;
  return { heads: ids, conflict: verdicts, ...(base != null && { verdict: base }) };
}

/**
 * The edits of an annotation a deletion had not seen: made concurrently with
 * it (or after it). None: the deletion stands. Any: the deletion and the
 * edit are a conflict for a curator, and the annotation is kept meanwhile.
 */
export function editsUnseen(edits: readonly string[], seen: readonly string[]): string[] {
  const known = new Set(seen);
  return edits.filter(e => !known.has(e));
}
