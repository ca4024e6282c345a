import { sameClaims } from '../../src/model/desk/same-claim';
import type { Annotation } from '../../src/model/types';
import { figure, type Figure } from '../report/figure';
import type { DeskWorkload } from '../workload/desk';

const time = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

/**
 * The desk's grouping of annotations into claims (`sameClaims`) as the
 * sidebar and the progress card ask for it after each save, in Node, on
 * `n` annotations of the desk's workload: three quarters of the library and
 * a quarter of the colleague's new claims on the same passages (a quarter of
 * the claims shared by two reviewers). Beside it, its floor: a bare sort of
 * the same annotations by start, as many times (what any sort and sweep does).
 */
export function sameClaimsFigure(desk: DeskWorkload, saves: number): Figure {
  const lib = desk.libraryRecords;
  const n = lib.length;
  const theirNew = desk.theirRecords.slice(Math.floor(n / 2));
  let list: Annotation[] = [
    ...lib.slice(0, n - Math.floor(n / 4)),
    ...theirNew.slice(0, Math.floor(n / 4)),
  ];
  // the feed's reading order
  list.sort((a, b) => a.target.start - b.target.start);
  const byId = [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  const cold = time(() => sameClaims(list));
  const runs: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < saves; i++) {
    // one claim saved: its record replaced by a new one, as the feed does
    const at = Math.floor(((i + 0.5) / saves) * list.length);
    list = list.map((a, k) => (k === at ? { ...a, note: `${a.note} (saved ${i})` } : a));
    const claims = list.filter(a => a.kind === 'claim');
    runs.push(time(() => sameClaims(list)) + time(() => sameClaims(claims)));
    floor.push(time(() => [...byId].sort((a, b) => a.target.start - b.target.start)) * 2);
  }
  return figure(`group same claims after a save (${list.length})`, runs, {
    stat: 'median',
    budget: 16.7,
    floor: {
      runs: floor,
      note: 'a bare sort of the same annotations by start (from id order), twice, in the same process.',
    },
    note: `sameClaims in Node as the sidebar and the progress card call it after one record changed (all annotations, then the claims), ${saves} saves; the first call of all (nothing kept): ${cold.toFixed(1)} ms`,
  });
}
