import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const WORKER_SOURCE = 'src/offline/service-worker.ts';
const WORKER_FILE = 'sw.js';
const PLACEHOLDER = 'FACTMARK_BUILD';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** What the service worker keeps of a build: every file but source maps and itself. */
export const keptFiles = (files: readonly string[]): string[] =>
  files.filter(f => !f.endsWith('.map') && f !== WORKER_FILE).sort();

/**
 * Builds src/offline/service-worker.ts into /sw.js with the build's file list
 * and a version made of every kept file's name and bytes: a new build is a
 * new worker (the browser compares sw.js byte by byte), which keeps the new
 * files and drops the old once no page of the old build is open.
 */
export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'factmark-offline',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: join(config.root, WORKER_SOURCE), fileName: WORKER_FILE });
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const bytes = new Map<string, string | Uint8Array>();
        for (const [name, out] of Object.entries(bundle))
          bytes.set(name, out.type === 'chunk' ? out.code : out.source);
        if (config.publicDir)
          for (const name of filesUnder(config.publicDir))
            bytes.set(name, readFileSync(join(config.publicDir, name)));
        const files = keptFiles([...bytes.keys()]);
        const hash = createHash('sha256');
        for (const name of files)
          hash
            .update(name)
            .update('\0')
            .update(bytes.get(name) ?? '');
        const worker = bundle[WORKER_FILE];
        if (worker?.type !== 'chunk' || worker.code.split(PLACEHOLDER).length !== 2)
          return this.error(`${WORKER_FILE} should use ${PLACEHOLDER} exactly once`);
        const build = { version: hash.digest('hex').slice(0, 16), files };
        worker.code = worker.code.replace(PLACEHOLDER, JSON.stringify(build));
      },
    },
  };
}
