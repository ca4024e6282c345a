import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript the built index.html loads before the first screen, and its gzipped size. */
export interface FirstScreenBundle {
  files: string[];
  gzipBytes: number;
  rawBytes: number;
}

// static imports only: `import"./x.js"` and `from"./x.js"`, never `import("./x.js")`
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g;

/**
 * The entry script, every modulepreload link and, transitively, every chunk
 * they import statically; lazy `import()` chunks are not counted. Sizes are
 * gzip level 9, as servers typically send them.
 */
export function firstScreenBundle(dist: string): FirstScreenBundle {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const eager = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map(m => path.join(dist, m[1] as string));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
      visit(path.resolve(path.dirname(file), m[1] as string));
  };
  eager.forEach(visit);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of seen) {
    const bytes = readFileSync(file);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...seen].map(f => path.relative(dist, f)), gzipBytes, rawBytes };
}
