/**
 * Where an article stands with the desk, as the sidebar shows it: `refused`
 * is the token refused; `rejected` a change refused by the desk's rules
 * (docs/desk-sync.md): the sync starts over once without it, and stays
 * `rejected` if refused again.
 */
export type SyncStatus = 'connecting' | 'synced' | 'pending' | 'offline' | 'refused' | 'rejected';

/** Another reviewer on the same article now. */
export interface Peer {
  id: string;
  name: string;
}

/** What the sync of one article tells the UI. */
export interface SyncReport {
  status: SyncStatus;
  /** Who else has the article open on the desk, by name. */
  peers: Peer[];
  /** What went wrong last, in plain words, with the detail apart; null when nothing did. */
  problem: { message: string; details: string } | null;
}

/**
 * The status from the connection's facts: offline while not connected
 * (having been, or never), pending while changes wait to be sent or the
 * first exchange is not done, synced otherwise.
 */
export function statusOf(facts: {
  connected: boolean;
  everConnected: boolean;
  synced: boolean;
  unsent: boolean;
}): SyncStatus {
  if (!facts.connected) return facts.everConnected ? 'offline' : 'connecting';
  return facts.synced && !facts.unsent ? 'synced' : 'pending';
}

/** The people in an awareness list other than `self`, once each, by name. */
export function peersOf(states: readonly { clientId: number; user?: unknown }[], self: number) {
  const seen = new Map<string, Peer>();
  for (const s of states) {
    if (s.clientId === self) continue;
    const user = s.user as Partial<Peer> | undefined;
    if (typeof user?.id === 'string' && typeof user.name === 'string')
      seen.set(user.id, { id: user.id, name: user.name.slice(0, 200) });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}
