import * as decoding from 'lib0/decoding';

// y-protocols' message types, as Hocuspocus frames them after the document's name
const SYNC = 0;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
// Hocuspocus's answer to a change it applied
const SYNC_STATUS = 8;

/** A Yjs update as a client sent it. */
export interface SentUpdate {
  update: Uint8Array;
  /**
   * A sync step 2: what the desk lacks of the sender's document, with every
   * deletion the sender knows of (its own and others'). Otherwise one change
   * of the sender's, whose deletions are the sender's own.
   */
  whole: boolean;
}

/**
 * The Yjs update a Hocuspocus message carries (a sync step 2 or an update),
 * or null for every other message (awareness, authentication, a state
 * vector). A view into `message`; throws when the message is cut short.
 */
export function sentUpdateOf(message: Uint8Array): SentUpdate | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC && type !== SYNC_REPLY) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  return { update: decoding.readVarUint8Array(decoder), whole: step === SYNC_STEP_2 };
}

/** The Yjs update of a message (`sentUpdateOf`), or null. */
export const updateOfMessage = (message: Uint8Array): Uint8Array | null =>
  sentUpdateOf(message)?.update ?? null;

/** A message's bytes as a socket gives them, or null for a text message. */
export function bytesOf(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  return data instanceof ArrayBuffer ? new Uint8Array(data) : null;
}

/** Whether a message from the desk (as the socket gave it) is its answer to a change it applied. */
export function isSyncStatus(data: unknown): boolean {
  const bytes = bytesOf(data);
  if (!bytes) return false;
  try {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === SYNC_STATUS;
  } catch {
    return false;
  }
}
