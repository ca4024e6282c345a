/** Hands a text file to the browser's downloads, as the reviewer's export; returns its size in bytes. */
export function downloadFile(name: string, content: string, type: string): number {
  return downloadBlob(name, new Blob([content], { type }));
}

/**
 * Hands a `Blob` to the browser's downloads under `name` (a long export's,
 * made of its lines by `ChunkedBlob`, never joined into one string); returns
 * its size in bytes.
 */
export function downloadBlob(name: string, blob: Blob): number {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own copy once click() returns; keep the URL a moment for slow browsers
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return blob.size;
}

/** A file-name-safe form of a title: "US asks Japan…" → "us-asks-japan". */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'article';
}
