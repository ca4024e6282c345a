/** One line of the chart: a step's median at each x. */
export interface Series {
  name: string;
  points: { x: string; y: number | null }[];
}

export interface Panel {
  title: string;
  xLabel: string;
  /** What the values are: milliseconds, or ratios of a step to its floor. */
  unit?: 'ms' | 'ratio';
  series: Series[];
}

const COLORS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];
const W = 560;
const H = 380;
const M = { left: 64, right: 16, top: 36, bottom: 48 };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A log scale from `bottom` (1 ms, or a ratio of 0.1) to the next power of ten above the largest value. */
function yScale(max: number, bottom: number) {
  const top = 10 ** Math.ceil(Math.log10(Math.max(bottom * 10, max)));
  const h = H - M.top - M.bottom;
  const span = Math.log10(top / bottom);
  return {
    top,
    y: (v: number) => M.top + h - (Math.log10(Math.max(bottom, v) / bottom) / span) * h,
  };
}

const msLabel = (v: number) => (v >= 1000 ? `${v / 1000} s` : `${v} ms`);
const ratioLabel = (v: number) => `${Number(v.toPrecision(1))}×`;

/** One panel as SVG: categories along x, a log-scaled axis of milliseconds or ratios, a line per series. */
function panelSvg(p: Panel, dx: number, colorOf: (name: string) => string): string {
  const xs = p.series[0]?.points.map(pt => pt.x) ?? [];
  const max = Math.max(...p.series.flatMap(s => s.points.map(pt => pt.y ?? 0)));
  const bottom = p.unit === 'ratio' ? 0.1 : 1;
  const label = p.unit === 'ratio' ? ratioLabel : msLabel;
  const { top, y } = yScale(max, bottom);
  const x = (i: number) => M.left + ((W - M.left - M.right) * (i + 0.5)) / xs.length;
  const out: string[] = [`<g transform="translate(${dx},0)">`];
  out.push(
    `<text x="${W / 2}" y="20" text-anchor="middle" font-weight="bold">${esc(p.title)}</text>`,
  );
  for (let v = bottom; v <= top * 1.0001; v *= 10) {
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${M.left - 6}" y="${y(v) + 4}" text-anchor="end">${label(v)}</text>`,
    );
  }
  xs.forEach((label, i) =>
    out.push(
      `<text x="${x(i)}" y="${H - M.bottom + 18}" text-anchor="middle">${esc(label)}</text>`,
    ),
  );
  out.push(`<text x="${W / 2}" y="${H - 8}" text-anchor="middle">${esc(p.xLabel)}</text>`);
  p.series.forEach(s => {
    const color = colorOf(s.name);
    const pts = s.points
      .map((pt, i) => (pt.y === null ? null : `${x(i)},${y(pt.y)}`))
      .filter((pt): pt is string => pt !== null);
    out.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.join(' ')}"/>`,
    );
    for (const pt of pts) {
      const [cx, cy] = pt.split(',');
      out.push(`<circle cx="${cx}" cy="${cy}" r="3.5" fill="${color}"/>`);
    }
  });
  out.push('</g>');
  return out.join('');
}

/** Panels two to a row with one legend below them (a step has one colour in every panel), as a standalone SVG document. */
export function chartSvg(title: string, panels: readonly Panel[]): string {
  const names = [...new Set(panels.flatMap(p => p.series.map(s => s.name)))];
  const colorOf = (name: string) => COLORS[names.indexOf(name) % COLORS.length] as string;
  const columns = Math.min(2, panels.length);
  const rows = Math.ceil(panels.length / columns);
  const legendTop = H * rows + 16;
  const width = W * columns;
  const height = legendTop + 22 * Math.ceil(names.length / 2) + 12;
  const legend = names.map((name, k) => {
    const lx = 24 + (k % 2) * (width / 2);
    const ly = legendTop + 22 * Math.floor(k / 2);
    const color = colorOf(name);
    return `<rect x="${lx}" y="${ly}" width="14" height="14" fill="${color}"/><text x="${lx + 20}" y="${ly + 12}">${esc(name)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 28}" font-family="Liberation Sans, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`,
    `<g transform="translate(0,28)">`,
    ...panels.map(
      (p, i) =>
        `<g transform="translate(0,${H * Math.floor(i / columns)})">${panelSvg(p, (i % columns) * W, colorOf)}</g>`,
    ),
    ...legend,
    '</g></svg>',
  ].join('');
}
