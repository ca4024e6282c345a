import { SOURCE_STANCES, type Source, type SourceStance } from './types';

/** What `n` sources of a stance do, singular and plural: "1 supports", "2 refute". */
const VERBS: Record<SourceStance, [string, string]> = {
  supports: ['supports', 'support'],
  refutes: ['refutes', 'refute'],
  context: ['gives context', 'give context'],
};

/**
 * The sources counted by stance, in the order supports, refutes, context:
 * "1 supports · 2 refute", or "No sources".
 */
export function sourcesByStance(sources: readonly Pick<Source, 'stance'>[]): string {
  const parts = SOURCE_STANCES.flatMap(stance => {
    const n = sources.filter(s => s.stance === stance).length;
    return n === 0 ? [] : [`${n} ${VERBS[stance][n === 1 ? 0 : 1]}`];
  });
  return parts.length ? parts.join(' · ') : 'No sources';
}
