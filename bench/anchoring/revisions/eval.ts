// The revision corpus, judged: npm run eval:anchoring [-- --write] [--show wrong|lost] [--seed n]
// Prints, per kind of revision, how each engine placed every target, and
// with --write puts the table into docs/anchoring.md. Exits non-zero if
// Factmark put any target on wrong text.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildCorpus, type Case } from './corpus';
import { BASELINE, FACTMARK, QUOTE_SEARCH, type Engine } from './engines';
import { judge, truthOf, type Verdict } from './truth';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const SEED = Number(arg('--seed') ?? 20261201);
const SHOW = arg('--show');
const VERDICTS: readonly Verdict[] = ['correct', 'fuzzy', 'orphan', 'lost', 'wrong'];

type Tally = Record<Verdict, number>;
const empty = (): Tally => ({ correct: 0, fuzzy: 0, orphan: 0, lost: 0, wrong: 0 });

interface Judged {
  byKind: Map<string, Tally>;
  total: Tally;
  ms: number;
  versions: number;
}

function evaluate(engine: Engine, cases: readonly Case[]): Judged {
  const byKind = new Map<string, Tally>();
  const total = empty();
  let ms = 0;
  let versions = 0;
  for (const c of cases) {
    const run = engine.start(c.base, c.targets);
    let placed: ReturnType<typeof run.next> = [];
    for (const v of c.versions) {
      const t0 = performance.now();
      placed = run.next(v.text);
      ms += performance.now() - t0;
      versions++;
    }
    const last = c.versions[c.versions.length - 1];
    if (!last) continue;
    const text = [...last.text];
    const tally = byKind.get(c.kind) ?? empty();
    byKind.set(c.kind, tally);
    c.targets.forEach((target, i) => {
      const truth = truthOf(last, target.start, target.end);
      const verdict = judge(truth, placed[i] ?? null, last.cells, target.exact);
      tally[verdict]++;
      total[verdict]++;
      if (SHOW === verdict && engine === FACTMARK) {
        const p = placed[i];
        console.log(`${verdict.toUpperCase()} [${c.article} / ${c.kind}] ${c.log.join('; ')}`);
        console.log(`  target ${JSON.stringify(target.exact)} (${truth.status})`);
        console.log(`  truth  ${JSON.stringify(text.slice(truth.start, truth.end).join(''))}`);
        if (p)
          console.log(
            `  got    ${JSON.stringify(text.slice(p.start, p.end).join(''))}${p.flagged ? ' (flagged)' : ''}`,
          );
      }
    });
  }
  return { byKind, total, ms, versions };
}

const cases = buildCorpus(SEED);
const targets = new Set(cases.map(c => `${c.article}\u0000${c.targets.length}`));
const targetCount = [...targets].reduce((n, k) => n + Number(k.split('\u0000')[1]), 0);
const versions = cases.reduce((n, c) => n + c.versions.length, 0);
const cells = cases.reduce((n, c) => n + c.targets.length, 0);
const results = [FACTMARK, QUOTE_SEARCH, BASELINE].map(e => [e, evaluate(e, cases)] as const);

const lines: string[] = [];
lines.push(
  `Seed ${SEED}: ${new Set(cases.map(c => c.article)).size} articles, ${targetCount} targets, ` +
    `${cases.length} revised articles (${versions} versions), ${cells.toLocaleString('en-US')} target-cases.`,
  '',
  `| kind | cases | ${results.map(([e]) => `${e.name}: correct / fuzzy / orphan / lost / wrong`).join(' | ')} |`,
  `| --- | --- | ${results.map(() => '---').join(' | ')} |`,
);
const kinds = [...(results[0]?.[1].byKind.keys() ?? [])];
const row = (t: Tally) => VERDICTS.map(v => t[v]).join(' / ');
for (const kind of kinds) {
  const n = cases.filter(c => c.kind === kind).reduce((s, c) => s + c.targets.length, 0);
  lines.push(
    `| ${kind} | ${n} | ${results.map(([, j]) => row(j.byKind.get(kind) ?? empty())).join(' | ')} |`,
  );
}
lines.push(`| **all** | ${cells} | ${results.map(([, j]) => `**${row(j.total)}**`).join(' | ')} |`);
lines.push('');
for (const [e, j] of results) {
  lines.push(
    `${e.name}: ${(j.ms / j.versions).toFixed(2)} ms per version on average (${j.versions} versions).`,
  );
}
const table = lines.join('\n');
console.log(table);

if (process.argv.includes('--write')) {
  const path = new URL('../../../docs/anchoring.md', import.meta.url);
  const doc = readFileSync(path, 'utf8');
  const begin = '<!-- eval:anchoring -->';
  const end = '<!-- /eval:anchoring -->';
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`docs/anchoring.md has no ${begin} … ${end}`);
  const updated = `${doc.slice(0, from + begin.length)}\n\n${table}\n\n${doc.slice(to)}`;
  // laid out as the repository's Prettier lays it out, so that the check passes as written
  const options = { ...(await resolveConfig(fileURLToPath(path))), filepath: fileURLToPath(path) };
  writeFileSync(path, await format(updated, options));
}
const wrong = results[0]?.[1].total.wrong ?? 0;
if (wrong > 0) {
  console.error(`\nFAIL: Factmark put ${wrong} target-cases on wrong text`);
  process.exit(1);
}
