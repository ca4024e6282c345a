import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newToken, tokenHash, type DeskRole } from '../../src/desk-server/reviewers';
import { freePort, startDeskProcess, stopProcess } from '../../tests/fixtures/desk-clients';

/** A reviewer of the bench's desk and the token they connect with. */
export interface BenchReviewer {
  id: string;
  name: string;
  role: DeskRole;
  token: string;
}

/** What the kernel says of a process: resident memory and CPU time so far. */
export interface ProcessUsage {
  /** Resident set size now (VmRSS), in MB. */
  rssMb: number;
  /** The most it has been resident (VmHWM), in MB. */
  peakRssMb: number;
  /** User and system CPU time since it started (utime + stime), in ms. */
  cpuMs: number;
}

/** `npm run desk`'s server as the bench runs it, serving the bench's build. */
export interface BenchDesk {
  /** The app's address on the desk (the same origin as the sync). */
  url: string;
  /** The sync's address, as the Desk sync dialog takes it. */
  wsUrl: string;
  port: number;
  /** Ada (curator) holds the workload; Ben (reviewer) is the fresh browser; Load the 50 clients. */
  reviewers: { ada: BenchReviewer; ben: BenchReviewer; load: BenchReviewer };
  /** The server process's memory and CPU time now (Linux /proc). */
  usage(): ProcessUsage;
  /** Stops the server (it stores every open document first) and deletes its data folder. */
  stop(): Promise<void>;
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** Memory and CPU time of process `pid`, read from /proc/<pid>/status and /proc/<pid>/stat. */
export function processUsage(pid: number): ProcessUsage {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  // the command name in parentheses may hold spaces: count the fields after its closing one
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name
  const ticks = Number(fields[11]) + Number(fields[12]);
  return {
    rssMb: kb('VmRSS') / 1024,
    peakRssMb: kb('VmHWM') / 1024,
    cpuMs: (ticks * 1000) / TICKS_PER_SECOND,
  };
}

/** The machine's load averages over 1, 5 and 15 minutes, as /proc/loadavg says them. */
export const loadAverage = (): string =>
  readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/**
 * Starts `npm run desk`'s server (without its build) on a free port, with a
 * temporary data folder holding a reviewers file of three reviewers, serving
 * `appDir` (the bench's build, floors included) on the same origin.
 */
export async function startBenchDesk(appDir: string): Promise<BenchDesk> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'factmark-bench-desk-'));
  const reviewer = (name: string, role: DeskRole): BenchReviewer => ({
    id: randomUUID(),
    name,
    role,
    token: newToken(),
  });
  const reviewers = {
    ada: reviewer('Ada Bench', 'curator'),
    ben: reviewer('Ben Bench', 'reviewer'),
    load: reviewer('Load Bench', 'reviewer'),
  };
  const file = Object.values(reviewers).map(({ token, ...r }) => ({
    ...r,
    tokenSha256: tokenHash(token),
  }));
  writeFileSync(path.join(dataDir, 'reviewers.json'), JSON.stringify({ reviewers: file }));
  const port = await freePort();
  let server: ChildProcess;
  try {
    server = await startDeskProcess(port, dataDir, { FACTMARK_DESK_APP: appDir });
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const pid = server.pid;
  if (pid === undefined) throw new Error('the desk server has no process id');
  return {
    url: `http://127.0.0.1:${port}/`,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    reviewers,
    usage: () => processUsage(pid),
    stop: async () => {
      await stopProcess(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
