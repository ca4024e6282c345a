import { getSetting, setSetting } from './settings';
import { db } from './db';

/** Where this browser syncs with a desk: the server's address and the reviewer's token. */
export interface DeskSyncSettings {
  /** `ws://` or `wss://` address of the desk server. */
  url: string;
  /** Kept only here, in IndexedDB: never in a URL, never logged. */
  token: string;
  /** Who the desk said this reviewer is, once it did (to decide offline as a curator). */
  role?: 'reader' | 'reviewer' | 'curator';
}

/** The setting that holds `DeskSyncSettings`; absent while sync is off. */
export const DESK_SYNC = 'deskSync';

/** The desk sync settings, or undefined when sync is off (or the stored value is not usable). */
export async function getDeskSync(): Promise<DeskSyncSettings | undefined> {
  return readDeskSync(await getSetting<unknown>(DESK_SYNC));
}

/** The gate for the stored setting: settings a sync can start with, or undefined. */
export function readDeskSync(value: unknown): DeskSyncSettings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { url, token, role } = value as Record<string, unknown>;
  if (typeof url !== 'string' || typeof token !== 'string' || token === '') return undefined;
  if (!/^wss?:\/\//.test(url)) return undefined;
  const known = role === 'reader' || role === 'reviewer' || role === 'curator';
  return { url, token, ...(known && { role }) };
}

/** Turns sync on (or changes its server or token). */
export function setDeskSync(settings: DeskSyncSettings): Promise<void> {
  return setSetting(DESK_SYNC, settings);
}

/** Records the role the desk gave this reviewer, leaving the rest as it is. */
export async function setDeskRole(role: NonNullable<DeskSyncSettings['role']>): Promise<void> {
  const now = await getDeskSync();
  if (now && now.role !== role) await setDeskSync({ ...now, role });
}

/** Turns sync off: the token is forgotten. */
export async function clearDeskSync(): Promise<void> {
  await db.settings.delete(DESK_SYNC);
}
