import { figure, median, quantile, type Figure } from '../report/figure';
import type { SyncMeasures } from './sync';
import { CLIENTS_UP_TO } from './sync-clients';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Issue 19's rows of the report from what the sync steps measured (bench/steps/sync.ts). */
export function syncFigureRows(m: SyncMeasures): Figure[] {
  const failed = m.failures.length ? ` Failed: ${m.failures.join('; ')}` : '';
  const c = m.clients;
  const rows: Figure[] = [
    figure(`desk sync: initial sync to a fresh browser (${m.n})`, m.syncs, {
      budget: 3000,
      floor: {
        runs: m.floors,
        note: `the desk's whole document as one Yjs update (${mb(m.updateBytes)}) fetched from the same server, applied to a bare Y.Doc, and the same records written by raw puts in one readwrite transaction to its commit (scratch database with the app's indexes), then a frame; in the same profile, after its sync.`,
      },
      note: `Turn sync on clicked in the Desk sync dialog (click event, in the page) to the frame after the sidebar's list counted as many as the pushing browser's (${m.listed}: aria-setsize) with highlights drawn, then every one of the ${m.n} checked stored (raw count); one fresh profile per run holding the article without annotations, the spotter done; stored then: ${m.stored.join(', ') || 'none'} of ${m.n}; load average before each: ${m.loads.slice(0, m.syncs.length).join(' | ')}.${failed}`,
    }),
    figure('desk sync: an edit appears in the other browser', m.edits, {
      stat: 'p95',
      budget: 200,
      floor: {
        // like with like: the floor's p95 beside the step's
        runs: m.editFloors.length ? [quantile(m.editFloors, 0.95)] : [],
        note: `a bare Hocuspocus client in each page on a copy of the article's document on the same desk: a note typed in one, to the frame after the other applied the update (same clocks); the desk's rules and journal on the way, none of the app's store, gate, list or editor; the p95 of ${m.editFloors.length} runs (median ${m.editFloors.length ? median(m.editFloors).toFixed(1) : '–'} ms).`,
      },
      note: `${m.edits.length} note edits in one browser (Edit, note typed, Save clicked in the page) to the frame after the new note appeared in the other browser's sidebar entry (MutationObserver); both on performance.timeOrigin + now, each set against Date.now() (the two browsers' clocks differed by ${m.clockSkewMs.toFixed(1)} ms); ${m.n} annotations in each; load average: ${m.loads.at(-1) ?? '?'}; ${stepMedians(m.editSteps)}.${failed}`,
    }),
  ];
  if (!c) {
    rows.push(
      figure('desk server with 50 clients on one article: resident memory', [], {
        unit: 'MB',
        note: `not measured: ${failed || `more than ${CLIENTS_UP_TO.toLocaleString('en')} annotations (50 Node clients, ten to a process, each holding the document).`}`,
      }),
    );
    return rows;
  }
  const what = `${c.clients} Node clients (Hocuspocus's provider over ws, ten to a process) on the article's document of ${m.n} annotations, ${c.edits} note edits each`;
  rows.push(
    figure(
      `desk server with ${c.clients} clients on one article: resident memory`,
      [c.edited.rssMb],
      {
        unit: 'MB',
        note: `${what}; the server's VmRSS (/proc/<pid>/status) with one client: ${c.before.rssMb.toFixed(0)} MB; all ${c.clients} holding the article: ${c.connected.rssMb.toFixed(0)} MB; after the edits: ${c.edited.rssMb.toFixed(0)} MB; its peak (VmHWM) since it started: ${c.edited.peakRssMb.toFixed(0)} MB.`,
      },
    ),
    figure(
      `desk server with ${c.clients} clients on one article: CPU time to connect them`,
      [c.connected.cpuMs - c.before.cpuMs],
      {
        note: `${what}; the server's user + system CPU time (/proc/<pid>/stat) from the first connection to all ${c.clients} holding the article, which took ${(c.connectMs / 1000).toFixed(1)} s of wall time.`,
      },
    ),
    figure(
      `desk server with ${c.clients} clients on one article: CPU time for their edits`,
      [c.edited.cpuMs - c.connected.cpuMs],
      {
        note: `${what}; the server's user + system CPU time from the first edit until every client held all ${c.clients * c.edits} edits (${(c.convergeMs / 1000).toFixed(1)} s of wall time); load average then: ${c.load}.${failed}`,
      },
    ),
  );
  return rows;
}

/** The median of each step of the edits, from the app's marks, in words. */
function stepMedians(steps: readonly number[][]): string {
  const names = ['Save → sent', 'sent → received', 'received → stored', 'stored → seen'];
  const medians = names.map((name, i) => {
    const of = steps.map(s => s[i] ?? NaN).filter(Number.isFinite);
    return `${name} ${of.length ? median(of).toFixed(0) : '–'} ms`;
  });
  return `medians of each step (the app's marks): ${medians.join(', ')}`;
}
