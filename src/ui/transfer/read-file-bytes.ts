/** The largest file read in one go: a fraction of a second from a local disk. */
export const READ_AT_ONCE = 32 * 1024 * 1024;

/**
 * A file's bytes. A file of up to `atOnce` bytes is read in one go, which is
 * faster (19 MB in a worker: 66–74 ms, against 113–121 ms as a stream;
 * docs/performance.md); a larger one a chunk at a time, `onRead` told how
 * far it has got a hundred times at most (each is a redraw of the page's
 * progress bar), and once at the end either way.
 */
export async function readFileBytes(
  file: Blob,
  onRead: (read: number, total: number) => void,
  atOnce = READ_AT_ONCE,
): Promise<Uint8Array> {
  if (file.size <= atOnce) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    onRead(bytes.length, file.size);
    return bytes;
  }
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let read = 0;
  let told = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes.set(chunk.value.subarray(0, bytes.length - read), read);
    read = Math.min(read + chunk.value.length, file.size);
    if (read - told >= file.size / 100 || read === file.size) {
      told = read;
      onRead(read, file.size);
    }
  }
  return bytes;
}
