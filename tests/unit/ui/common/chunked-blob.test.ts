import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChunkedBlob, cutIntoChunks } from '../../../../src/ui/common/chunked-blob';

/** An export's shape: a head, then one line per annotation between separators, then a tail. */
function exportParts(ids: readonly string[], note = (id: string) => `note of ${id}`): string[] {
  const parts = ['{\n  "items": [\n'];
  ids.forEach((id, i) => {
    parts.push(i === 0 ? '    ' : ',\n    ');
    // each line its own string, as the exporter's lines are: built once per record
    parts.push(JSON.stringify({ id: `urn:uuid:${id}`, note: note(id), pad: 'x'.repeat(1_200) }));
  });
  parts.push('\n  ]\n}\n');
  return parts;
}

const ids = Array.from({ length: 2_000 }, (_, i) => `${i.toString(16).padStart(8, '0')}-line`);

/** Counts the strings encoded into Blobs (a chunk's, or a whole file's), not Blobs of Blobs. */
let partsEncoded = 0;
beforeEach(() => {
  partsEncoded = 0;
  const RealBlob = Blob;
  vi.stubGlobal(
    'Blob',
    class extends RealBlob {
      constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
        super(parts, options);
        partsEncoded += parts?.filter(p => typeof p === 'string').length ?? 0;
      }
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A ChunkedBlob that has made, and kept, the Blob of `parts`. */
async function keeping(parts: readonly string[]): Promise<ChunkedBlob> {
  const blobs = new ChunkedBlob();
  blobs.blobOf(parts, 'application/json');
  await blobs.settled();
  return blobs;
}

/** Makes the Blob of `parts`, checks its text, and says how many of the parts it encoded. */
async function encodedFor(blobs: ChunkedBlob, parts: readonly string[]): Promise<number> {
  partsEncoded = 0;
  const blob = blobs.blobOf(parts, 'application/json');
  const made = partsEncoded;
  expect(await blob.text()).toBe(parts.join(''));
  return made;
}

describe('cutIntoChunks', () => {
  it('keeps every part, in order, and cuts an export of 2,000 lines into dozens of chunks', () => {
    const parts = exportParts(ids);
    const chunks = cutIntoChunks(parts);
    expect(chunks.flat()).toEqual(parts);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.length).toBeLessThan(200);
  });

  it('never lets a chunk grow past its size once it has a part', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200_000 }), { maxLength: 12 }), parts => {
        const chunks = cutIntoChunks(parts);
        expect(chunks.flat()).toEqual(parts);
        for (const chunk of chunks) {
          const beforeLast = chunk.slice(0, -1).reduce((n, p) => n + p.length, 0);
          expect(beforeLast).toBeLessThan(256 * 1024);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('ChunkedBlob', () => {
  it('gives the bytes of the parts joined, through any sequence of changes', async () => {
    const part = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      // lone surrogates become U+FFFD in a Blob: three bytes, where a slice must still fall
      fc.string({
        unit: fc.oneof(
          fc.constantFrom('\ud800', '\udfff', '\u00e9', '\u20ac'),
          fc.string({ minLength: 1, maxLength: 1 }),
        ),
        maxLength: 300,
      }),
    );
    // a file, then the same file edited a few times: parts replaced, added and removed
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.array(part, { maxLength: 3 }),
    });
    const files = fc
      .tuple(
        fc.array(part, { maxLength: 60, size: 'medium' }),
        fc.array(fc.array(edit, { maxLength: 4 }), { maxLength: 4 }),
      )
      .map(([first, rounds]) => {
        const versions = [first];
        for (const edits of rounds) {
          const next = [...(versions.at(-1) as string[])];
          for (const { at, remove, insert } of edits)
            next.splice(at % (next.length + 1), remove, ...insert);
          versions.push(next);
        }
        return versions;
      });
    await fc.assert(
      fc.asyncProperty(files, fc.boolean(), async (versions, settleBetween) => {
        // cut small, so that files are made whole, sliced and put together again
        const blobs = new ChunkedBlob({
          spread: 3,
          longPart: 4,
          maxChunk: 40,
          maxBuiltApart: 2,
        });
        for (const parts of versions) {
          const blob = blobs.blobOf(parts, 'application/json');
          expect(blob.type).toBe('application/json');
          expect(new Uint8Array(await blob.arrayBuffer())).toEqual(
            new Uint8Array(await new Blob(parts).arrayBuffer()),
          );
          if (!settleBetween) continue;
          await blobs.settled();
          // once kept, the same file is put together from slices alone, to the same bytes
          partsEncoded = 0;
          const again = blobs.blobOf(parts, 'application/json');
          expect(partsEncoded).toBe(0);
          expect(await again.arrayBuffer()).toEqual(await blob.arrayBuffer());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('makes one Blob of a new file, then keeps its chunks as slices of it', async () => {
    const blobs = new ChunkedBlob();
    const parts = exportParts(ids);
    expect(await encodedFor(blobs, parts)).toBe(parts.length);
    await blobs.settled();
    expect(await encodedFor(blobs, parts)).toBe(0);
  });

  it('encodes again only the chunk of a changed line', async () => {
    const parts = exportParts(ids);
    const edited = [...parts];
    edited[1001] = JSON.stringify({ id: 'urn:uuid:edited', note: 'a new note', pad: '' });
    const encoded = await encodedFor(await keeping(parts), edited);
    expect(encoded).toBeGreaterThan(0);
    expect(encoded).toBeLessThan(parts.length / 10);
  });

  it('encodes again only the chunks around a line added or removed', async () => {
    const parts = exportParts(ids);
    const blobs = await keeping(parts);
    const added = [...parts];
    added.splice(201, 0, ',\n    ', JSON.stringify({ id: 'urn:uuid:new', note: 'added' }));
    expect(await encodedFor(blobs, added)).toBeLessThan(parts.length / 10);
    const removed = [...added];
    removed.splice(501, 2);
    expect(await encodedFor(blobs, removed)).toBeLessThan(parts.length / 10);
  });

  it('makes a Blob whole again when most of the file changed', async () => {
    const blobs = await keeping(exportParts(ids));
    const rewritten = exportParts(ids, id => `another note of ${id}`);
    expect(await encodedFor(blobs, rewritten)).toBe(rewritten.length);
  });

  it('keeps nothing of a Blob made before the last one', async () => {
    const parts = exportParts(ids);
    const blobs = new ChunkedBlob();
    blobs.blobOf(parts, 'application/json');
    blobs.blobOf(
      exportParts(ids, id => `another note of ${id}`),
      'application/json',
    );
    await blobs.settled();
    expect(await encodedFor(blobs, parts)).toBe(parts.length);
  });

  it('reuses a chunk whose lines are equal, even when they were built again', async () => {
    const blobs = await keeping(exportParts(ids));
    expect(await encodedFor(blobs, exportParts(ids))).toBe(0);
  });
});
