/**
 * A download's `Blob` made of `Blob`s kept from the last one, for a file
 * that changes little between two downloads (an export after an edit).
 *
 * Chromium starts a download only once the browser process holds all of the
 * Blob's bytes: for a 16 MB export on a 2-core machine, 100–250 ms to build
 * the Blob from its parts and nearly as long again to hand the bytes over. A
 * Blob made of Blobs it already holds is put together at once.
 *
 * So the parts are cut into chunks, and a chunk whose parts equal the last
 * Blob's is reused (an export's lines are kept per record, so most are the
 * same strings and compare at once). The chunks of a Blob made whole are
 * slices of it, found after it was handed out (`remember`): building 150
 * small Blobs at once took two to three times as long as one large Blob.
 *
 * The cuts follow the content, not the count: after a long part whose first
 * characters hash to one of `spread` values (an annotation's line starts with
 * its id), or once a chunk holds `maxChunk` characters (`Cuts`). A line added or
 * removed therefore changes its own chunk, not every chunk after it.
 */
export class ChunkedBlob {
  constructor(private readonly cuts = EXPORT_CUTS) {}

  /** The chunks of the last Blob made, by their first long part (`keyOf`). */
  private kept = new Map<string, Chunk[]>();
  /** Bumped by each Blob made, so that an older one's `remember` stops. */
  private generation = 0;
  private remembering: Promise<void> = Promise.resolve();

  /** A Blob of `parts` joined; the chunks of the last call's parts that recur are reused. */
  blobOf(parts: readonly string[], type: string): Blob {
    const generation = ++this.generation;
    const chunks = cutIntoChunks(parts, this.cuts);
    const keys = chunks.map(chunkParts => this.keyOf(chunkParts));
    const reused = chunks.map((chunkParts, i) =>
      this.kept.get(keys[i] as string)?.find(c => sameParts(c.parts, chunkParts)),
    );
    const missing = reused.filter(c => c === undefined).length;
    if (missing > this.cuts.maxBuiltApart) {
      this.kept = new Map();
      const whole = new Blob([...parts], { type });
      // if keeping them fails, nothing is kept: the next Blob is made whole again
      this.remembering = new Promise(resolve => setTimeout(resolve))
        .then(() => this.remember(chunks, keys, whole, generation))
        .catch(() => {});
      return whole;
    }
    const made = chunks.map(
      (chunkParts, i) =>
        reused[i] ?? { key: keys[i] as string, parts: chunkParts, blob: new Blob(chunkParts) },
    );
    this.kept = this.byKey(made);
    return new Blob(
      made.map(c => c.blob),
      { type },
    );
  }

  /** A chunk's first long part (a chunk's first part is often a separator shared by all). */
  private keyOf(parts: readonly string[]): string {
    return parts.find(part => part.length >= this.cuts.longPart) ?? (parts[0] as string);
  }

  private byKey(chunks: readonly Chunk[]): Map<string, Chunk[]> {
    const map = new Map<string, Chunk[]>();
    for (const chunk of chunks) {
      const same = map.get(chunk.key);
      if (same) same.push(chunk);
      else map.set(chunk.key, [chunk]);
    }
    return map;
  }

  /** Resolves once the chunks of the last Blob made are kept. */
  settled(): Promise<void> {
    return this.remembering;
  }

  /**
   * Keeps `whole`'s chunks as slices of it: each chunk's length in UTF-8 (as
   * the Blob encoded it, lone surrogates as U+FFFD), a few chunks per task.
   * Keeps nothing if the lengths do not add up to the Blob's size.
   */
  private async remember(
    chunks: string[][],
    keys: readonly string[],
    whole: Blob,
    generation: number,
  ) {
    const encoder = new TextEncoder();
    let scratch = new Uint8Array(0);
    const made: Chunk[] = [];
    let at = 0;
    let since = performance.now();
    for (const [i, chunkParts] of chunks.entries()) {
      let bytes = 0;
      for (const part of chunkParts) {
        if (scratch.length < part.length * 3) scratch = new Uint8Array(part.length * 3);
        bytes += encoder.encodeInto(part, scratch).written;
      }
      made.push({ key: keys[i] as string, parts: chunkParts, blob: whole.slice(at, at + bytes) });
      at += bytes;
      if (performance.now() - since > SLICE_MS) {
        await new Promise(resolve => setTimeout(resolve));
        if (generation !== this.generation) return;
        since = performance.now();
      }
    }
    if (generation === this.generation && at === whole.size) this.kept = this.byKey(made);
  }
}

interface Chunk {
  /** Its first long part (`keyOf`). */
  key: string;
  parts: readonly string[];
  blob: Blob;
}

/** Where chunks are cut, and when a Blob is made whole; tests cut smaller. */
export interface Cuts {
  /** About one cut in this many long parts. */
  spread: number;
  /** Parts shorter than this never end a chunk by their content: separators recur everywhere. */
  longPart: number;
  /** A chunk ends once it holds this many UTF-16 units, whatever its parts. */
  maxChunk: number;
  /** More new chunks than this, and the Blob is made whole (see the class's comment). */
  maxBuiltApart: number;
}

/** Chunks of some 60 annotation lines (about 100 kB). */
const EXPORT_CUTS: Cuts = { spread: 64, longPart: 128, maxChunk: 256 * 1024, maxBuiltApart: 8 };
/** How long `remember` works before it lets the page's other tasks run. */
const SLICE_MS = 8;

/** `parts` in consecutive runs, cut as the class's comment says. */
export function cutIntoChunks(parts: readonly string[], cuts = EXPORT_CUTS): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const part of parts) {
    current.push(part);
    size += part.length;
    const byContent = part.length >= cuts.longPart && headHash(part) % cuts.spread === 0;
    if (size >= cuts.maxChunk || byContent) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** FNV-1a of a part's first 64 UTF-16 units, its bits mixed (MurmurHash3's finish) so that the low ones vary too. */
function headHash(part: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < 64 && i < part.length; i++) {
    hash ^= part.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const sameParts = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((part, i) => part === b[i]);
