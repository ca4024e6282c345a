import type { Figure } from './figure';
import type { Machine } from './machine';

const cell = (f: Figure) => (f.value === null ? '–' : `${f.value} ${f.unit}`);
const budget = (f: Figure) => (f.budget === null ? '' : `≤ ${f.budget} ${f.unit}`);
const OUTCOME = { pass: 'pass', fail: 'FAIL', 'not measured': 'not measured', info: '' };
const floorCell = (f: Figure) =>
  f.floor === undefined ? '' : f.floor === null ? '–' : `${f.floor} ${f.unit}`;
const ratioCell = (f: Figure) =>
  f.ratio === undefined || f.ratio === null ? '' : `${f.ratio.toFixed(2)}×`;
const ratioBudget = (f: Figure) =>
  f.ratioBudget === undefined || f.ratioBudget === null ? '' : `≤ ${f.ratioBudget}×`;
/** The absolute budget, and how the figure fared against it when the ratio decides. */
const absolute = (f: Figure) =>
  `${budget(f)}${f.absolute && f.absolute !== 'info' ? ` (${OUTCOME[f.absolute]})` : ''}`;

/** The figures as a plain-text table, then the notes, for stdout. */
export function formatTable(title: string, machine: Machine, figures: readonly Figure[]): string {
  const rows = figures.map(f => [
    f.step,
    `${f.stat} ${cell(f)}`,
    floorCell(f),
    ratioCell(f),
    ratioBudget(f),
    absolute(f),
    OUTCOME[f.outcome],
    String(f.runs.length),
  ]);
  const head = ['step', 'figure', 'floor', 'ratio', 'ratio budget', 'budget', 'result', 'runs'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const notes = figures.map(
    (f, i) => `  ${i + 1}. ${f.step}: ${f.note}${f.floorNote ? ` Floor: ${f.floorNote}` : ''}`,
  );
  return [
    title,
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; Chromium ${machine.chromium}`,
    '',
    line(head),
    line(widths.map(w => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'notes:',
    ...notes,
  ].join('\n');
}
