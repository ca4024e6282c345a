import type { Annotated } from '../anchoring/corpus';
import type { Random } from '../anchoring/prng';
import type { Annotation, AnnotationKind, HistoryEntry, Source } from '../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../src/model/verdict-scale';

const VERDICTS = DEFAULT_VERDICT_SCALE.map(v => v.id);
const REVIEWERS = ['Ada Lindqvist', 'Kenji Mori', 'Zofia Nowak', 'Amira Haddad', '김지우'];
const TAGS = ['economy', 'health', 'energy', 'migration', 'statistics', 'quote', 'follow-up'];
const PUBLISHERS = ['Eurostat', 'Destatis', 'OECD', 'Reuters', 'Nikkei', 'Le Monde'];
const NOTES = [
  'The official series shows a different figure for the same month.',
  'Checked against the agency’s press release; the number is rounded.',
  'Needs the original survey, not the summary.',
  'The quote is accurate but omits the condition that followed it.',
  'Source disagrees on the base year 📉.',
  'Verified with the spokesperson by phone — see note in the log.',
];

/** A stable UUID-shaped id for the n-th annotation of a workload. */
export const annotationId = (n: number) =>
  `${n.toString(16).padStart(8, '0')}-5e7a-4c1d-8b2f-${'b'.repeat(12)}`;

function sources(r: Random, n: number): Source[] {
  return Array.from({ length: n }, (_, k) => ({
    url: `https://example.org/${r.pick(PUBLISHERS).toLowerCase()}/${n}-${k}`,
    title: `${r.pick(PUBLISHERS)} release ${r.int(1, 400)}`,
    publisher: r.pick(PUBLISHERS),
    stance: r.pick(['supports', 'refutes', 'context'] as const),
    accessedAt: `2026-0${r.int(1, 9)}-1${r.int(0, 9)}`,
  }));
}

/**
 * Annotation records on the targets, as several reviewers would leave them:
 * mostly claims with a verdict, some corrections and comments, sources, tags,
 * a status, and a history of verdict and status changes.
 */
export function annotationRecords(
  r: Random,
  articleId: string,
  targets: readonly Annotated[],
  createdAt: string,
): Annotation[] {
  return targets.map(({ target }, n) => {
    const roll = r.next();
    const kind: AnnotationKind = roll < 0.7 ? 'claim' : roll < 0.85 ? 'correction' : 'comment';
    const creator = r.pick(REVIEWERS);
    const verdict = kind === 'claim' && r.chance(0.9) ? r.pick(VERDICTS) : undefined;
    const status = r.chance(0.4) ? 'checked' : 'open';
    const history: HistoryEntry[] = [];
    if (verdict) history.push({ field: 'verdict', to: verdict, by: creator, at: createdAt });
    if (status === 'checked')
      history.push({ field: 'status', from: 'open', to: 'checked', by: creator, at: createdAt });
    return {
      id: annotationId(n),
      articleId,
      kind,
      target,
      ...(verdict !== undefined && { verdict }),
      ...(kind === 'correction' && { correction: `${target.exact.slice(0, 20)} (corrected)` }),
      note: r.chance(0.7) ? r.pick(NOTES) : '',
      sources: kind === 'comment' ? [] : sources(r, r.int(0, 3)),
      tags: r.chance(0.6) ? [r.pick(TAGS)] : [],
      status,
      creator,
      createdAt,
      updatedAt: createdAt,
      history,
    };
  });
}
