import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readFileBytes } from '../../../../src/ui/transfer/read-file-bytes';

/** Bytes that differ from place to place, as a Blob with a stream (Node's) of 10 kB parts. */
function fileOf(size: number): { blob: Blob; bytes: Uint8Array } {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7919) % 251;
  const parts = [];
  for (let at = 0; at < size; at += 10_000) parts.push(bytes.slice(at, at + 10_000));
  return { blob: new NodeBlob(parts) as unknown as Blob, bytes };
}

// a byte-by-byte toEqual of 300 kB takes a second
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('readFileBytes', () => {
  it('reads a file of up to its limit in one go, telling once that it is read', async () => {
    const { blob, bytes } = fileOf(300_000);
    const told: [number, number][] = [];
    const read = await readFileBytes(blob, (done, total) => told.push([done, total]), 300_000);
    expect(same(read, bytes)).toBe(true);
    expect(told).toEqual([[300_000, 300_000]]);
  });

  it('reads a larger file as a stream, telling how far it has got as it goes', async () => {
    const { blob, bytes } = fileOf(300_000);
    const told: number[] = [];
    const read = await readFileBytes(blob, done => told.push(done), 299_999);
    expect(same(read, bytes)).toBe(true);
    // a chunk of a hundredth or more is told, in order, the last at the end
    expect(told.length).toBeGreaterThan(1);
    expect(told.length).toBeLessThanOrEqual(100);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told.at(-1)).toBe(300_000);
  });

  it('reads an empty file', async () => {
    expect(await readFileBytes(fileOf(0).blob, () => {})).toEqual(new Uint8Array(0));
  });
});
