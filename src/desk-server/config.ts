import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseReviewers, type DeskReviewer } from './reviewers';

/** How a desk server runs; `deskConfigFromEnv` reads it from the environment. */
export interface DeskConfig {
  /** The port to listen on; 0 picks a free one. */
  port: number;
  /** The address to listen on: 127.0.0.1 unless told otherwise (TLS goes in front, docs/desk-sync.md). */
  host: string;
  /** The folder of the SQLite database (`desk.sqlite`). */
  dataDir: string;
  /** The built app (`dist/`), served on the same origin; null serves nothing but the sync. */
  appDir: string | null;
  reviewers: readonly DeskReviewer[];
  /** Redis, to run several instances as one desk; absent for a single instance. */
  redis?: { host: string; port: number };
  /** This instance's name in Redis and in the log. */
  name: string;
  /**
   * How long after a document's last change it is stored whole, in ms (2000
   * by default; at least every 30 s, or four times the delay, while changes
   * go on). Each change is journaled at once anyway, so a longer delay loses
   * nothing, and a store holds up every message of the desk while the
   * document is encoded (0.2 s at 10,000 annotations).
   */
  storeDelay?: number;
}

/** The default of `storeDelay`, in ms. */
export const STORE_DELAY = 2000;

/** A configuration that cannot be used, in plain words. */
export class DeskConfigError extends Error {}

/**
 * The configuration from environment variables (all optional):
 * FACTMARK_DESK_PORT (8080), FACTMARK_DESK_HOST (127.0.0.1),
 * FACTMARK_DESK_DATA (./desk-data), FACTMARK_DESK_REVIEWERS (the data
 * folder's reviewers.json), FACTMARK_DESK_APP (./dist),
 * FACTMARK_DESK_REDIS (redis://host:port), FACTMARK_DESK_NAME,
 * FACTMARK_DESK_STORE_DELAY (ms, 2000).
 */
export function deskConfigFromEnv(env: NodeJS.ProcessEnv, cwd = process.cwd()): DeskConfig {
  const port = Number(env.FACTMARK_DESK_PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new DeskConfigError(
      `FACTMARK_DESK_PORT must be a port number, not "${env.FACTMARK_DESK_PORT}"`,
    );
  const storeDelay = Number(env.FACTMARK_DESK_STORE_DELAY ?? STORE_DELAY);
  if (!Number.isInteger(storeDelay) || storeDelay < 0 || storeDelay > 600_000)
    throw new DeskConfigError(
      `FACTMARK_DESK_STORE_DELAY must be a number of milliseconds up to 600000, not "${env.FACTMARK_DESK_STORE_DELAY}"`,
    );
  const dataDir = resolve(cwd, env.FACTMARK_DESK_DATA ?? 'desk-data');
  const reviewersFile = resolve(dataDir, env.FACTMARK_DESK_REVIEWERS ?? 'reviewers.json');
  let reviewers: DeskReviewer[];
  try {
    reviewers = parseReviewers(readFileSync(reviewersFile, 'utf8'));
  } catch (err) {
    const why =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'it does not exist'
        : (err as Error).message;
    throw new DeskConfigError(
      `The reviewers file ${reviewersFile} cannot be used: ${why}. Add a reviewer with "npm run desk:reviewer -- --name <name> --role reviewer".`,
    );
  }
  return {
    port,
    host: env.FACTMARK_DESK_HOST ?? '127.0.0.1',
    dataDir,
    appDir: resolve(cwd, env.FACTMARK_DESK_APP ?? 'dist'),
    reviewers,
    ...(env.FACTMARK_DESK_REDIS && { redis: redisAddress(env.FACTMARK_DESK_REDIS) }),
    name: env.FACTMARK_DESK_NAME ?? `desk-${process.pid}`,
    storeDelay,
  };
}

function redisAddress(url: string): { host: string; port: number } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DeskConfigError(`FACTMARK_DESK_REDIS must be a URL such as redis://127.0.0.1:6379`);
  }
  if (parsed.protocol !== 'redis:')
    throw new DeskConfigError(`FACTMARK_DESK_REDIS must start with redis://`);
  return { host: parsed.hostname, port: Number(parsed.port || 6379) };
}
