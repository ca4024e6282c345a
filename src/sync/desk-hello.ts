// The desk's stateless messages to a client: who it is (the hello), and why the desk refused its changes.

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
  const { type, id, name, role } = fieldsOf(payload);
  if (type !== 'factmark:hello' || typeof id !== 'string' || typeof name !== 'string') return null;
  if (typeof role !== 'string' || !ROLES.includes(role)) return null;
  return { id, name, role: role as DeskIdentity['role'] };
}

/** The fields of a stateless message, or none when it is not a JSON object. */
function fieldsOf(payload: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(payload);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The stateless message that tells a client the desk refused its change, and why (the rule). */
export const deskRefused = (why: string): string =>
  JSON.stringify({ type: 'factmark:refused', why });

/** The desk's reason a refusal message carries (at most 300 characters), or null if not one. */
export function readDeskRefused(payload: string): string | null {
  const { type, why } = fieldsOf(payload);
  return type === 'factmark:refused' && typeof why === 'string' ? why.slice(0, 300) : null;
}
