import type { Random } from './prng';
import * as V from './vocabulary';

/** A person as a news story names them: a listed name, a random one, or a role. */
function person(r: Random): string {
  if (r.chance(0.15)) return r.pick(V.FAMOUS);
  if (r.chance(0.2)) return r.pick(V.ROLES);
  return `${r.pick(V.FIRST_NAMES)} ${r.pick(V.LAST_NAMES)}`;
}

function amount(r: Random): string {
  const unit = r.pick(V.UNITS);
  return unit === 'percent' ? `${r.int(0, 40)}.${r.int(0, 9)} percent` : `${r.int(2, 950)} ${unit}`;
}

const year = (r: Random) => String(r.int(1990, 2031));
const when = (r: Random) =>
  r.chance(0.5) ? `on ${r.pick(V.DAYS)}` : `in ${r.pick(V.MONTHS)} ${year(r)}`;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const maybeEmoji = (r: Random) => (r.chance(0.08) ? ` ${r.pick(V.EMOJI)}` : '');

/** One sentence of a news story, from a dozen shapes with many slots each. */
export function sentence(r: Random): string {
  const lead = r.chance(0.2) ? `${r.pick(V.CONNECTORS)} ` : '';
  const shapes: (() => string)[] = [
    () =>
      `${person(r)} said ${when(r)} that ${r.pick(V.ORGS)} would ${r.pick(V.ACTIONS)} by ${year(r)}.`,
    () =>
      `According to ${r.pick(V.ORGS)}, ${r.pick(V.METRICS)} ${r.pick(V.MOVES)} ${r.pick(V.ADVERBS)} to ${amount(r)} in ${r.pick(V.MONTHS)}, the largest change since ${year(r)}.`,
    () =>
      `“${capitalize(r.pick(V.OPINIONS))}”, ${person(r)} told reporters in ${r.pick(V.PLACES)}.`,
    () =>
      `${capitalize(r.pick(V.ORGS))} estimates that ${amount(r)} were affected in ${r.pick(V.PLACES)} alone${maybeEmoji(r)}.`,
    () => `Critics, including ${person(r)}, argue that ${r.pick(V.OPINIONS)}.`,
    () => `The figure was later revised to ${amount(r)}${maybeEmoji(r)}.`,
    () =>
      `In ${r.pick(V.PLACES)}, about ${r.int(2, 90)},${r.int(100, 999)} people joined a protest organised by ${r.pick(V.ORGS)} ${when(r)}.`,
    () => `${person(r)}, ${r.int(28, 81)}, has led ${r.pick(V.ORGS)} since ${year(r)}.`,
    () =>
      `${capitalize(r.pick(V.METRICS))} ${r.pick(V.MOVES)} ${r.pick(V.ADVERBS)}, while ${r.pick(V.METRICS)} ${r.pick(V.MOVES)} by ${amount(r)}.`,
    () =>
      `A report by ${r.pick(V.ORGS)} found that ${r.pick(V.OPINIONS)}, contradicting ${person(r)}.`,
    () => `${person(r)} denied that ${r.pick(V.ORGS)} had promised to ${r.pick(V.ACTIONS)}.`,
    () =>
      `The claim that ${r.pick(V.METRICS)} ${r.pick(V.MOVES)} by ${amount(r)} circulated widely ${when(r)}${maybeEmoji(r)}.`,
  ];
  const body = r.pick(shapes)();
  return lead ? lead + body : capitalize(body);
}

/** A paragraph of three to eight sentences. */
export function paragraph(r: Random): string {
  const n = r.int(3, 8);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(r));
  return out.join(' ');
}

/** Paragraphs joined by "\n" until the text has at least `codePoints` code points. */
export function article(r: Random, codePoints: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < codePoints) {
    const p = paragraph(r);
    paragraphs.push(p);
    length += [...p].length + 1;
  }
  return paragraphs.join('\n');
}
