/**
 * Hands a file to the browser's downloads, as the reviewer's export; returns
 * its size in bytes. `content` may be a `Blob` already (a long export's,
 * made of its lines by `ChunkedBlob`, never joined into one string).
 */
export function downloadFile(name: string, content: string | Blob, type: string): number {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
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
