/** Who the desk knows a connection as, sent by the server once the connection is authenticated. */
export interface DeskIdentity {
  /** The desk's id of the reviewer: their assessments are written under it. */
  id: string;
  name: string;
  role: 'reader' | 'reviewer' | 'curator';
}

const ROLES: readonly string[] = ['reader', 'reviewer', 'curator'];

/** The stateless message that tells a client who it is on the desk. */
export const deskHello = (who: DeskIdentity): string =>
  JSON.stringify({ type: 'factmark:hello', id: who.id, name: who.name, role: who.role });

/** The identity a hello message carries, or null if the message is not one. */
export function readDeskHello(payload: string): DeskIdentity | null {
  let data: unknown;
  try {
    data = JSON.parse(payload);
  } catch {
    return null;
  }
  const { type, id, name, role } = (data ?? {}) as Record<string, unknown>;
  if (type !== 'factmark:hello' || typeof id !== 'string' || typeof name !== 'string') return null;
  if (typeof role !== 'string' || !ROLES.includes(role)) return null;
  return { id, name, role: role as DeskIdentity['role'] };
}
