import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/**
 * The bench's own build: a `vite build` by anyone else into dist/ (the e2e suite,
 * a colleague) would swap the chunks a running bench page still loads lazily.
 */
export const BENCH_DIST = path.join(ROOT, 'bench/out/dist');
/** The bench's own ports, clear of `npm start` (5173) and the e2e suite (5199). */
const PORTS = [5270, 5271, 5272, 5273, 5274, 5275, 5276, 5277, 5278, 5279];

function vite(args: string[], stdio: 'inherit' | 'ignore'): ChildProcess {
  const bin = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  return spawn(process.execPath, [bin, ...args], {
    cwd: ROOT,
    stdio: ['ignore', stdio, 'inherit'],
  });
}

/** `vite build` into BENCH_DIST; rejects if the build fails. */
export function buildApp(): Promise<void> {
  return new Promise((resolve, reject) => {
    vite(
      [
        'build',
        '--logLevel',
        'warn',
        '--outDir',
        BENCH_DIST,
        '--emptyOutDir',
        ...(process.env.BENCH_UNMINIFIED ? ['--minify', 'false'] : []),
      ],
      'inherit',
    ).on('exit', code =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)),
    );
  });
}

const isFree = (port: number) =>
  new Promise<boolean>(resolve => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, 'localhost');
  });

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        res => res.ok,
        () => false,
      )
    )
      return;
    await new Promise(r => setTimeout(r, 150));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

/** A `vite preview` of BENCH_DIST on a free bench port. */
export interface Preview {
  url: string;
  stop(): void;
}

export async function startPreview(): Promise<Preview> {
  let port: number | undefined;
  for (const p of PORTS) {
    if (await isFree(p)) {
      port = p;
      break;
    }
  }
  if (port === undefined) throw new Error(`no free port among ${PORTS.join(', ')}`);
  const server = vite(
    ['preview', '--outDir', BENCH_DIST, '--port', String(port), '--strictPort'],
    'ignore',
  );
  const url = `http://localhost:${port}/`;
  await waitFor(url, 20_000);
  return { url, stop: () => void server.kill() };
}
