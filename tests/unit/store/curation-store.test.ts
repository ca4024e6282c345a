import { beforeEach, describe, expect, it } from 'vitest';
import { withRevision } from '../../../src/model/desk/revision';
import { db } from '../../../src/store/db';
import { decideClaims } from '../../../src/store/curation-store';
import { annotationRecord } from '../../fixtures/records';

const CURATOR = { id: '00000000-0000-4000-8000-00000000000c', name: 'Cleo' };

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('decideClaims', () => {
  it('sets the decision of every annotation of a claim and records the curator in one go', async () => {
    const a = withRevision(
      undefined,
      annotationRecord({ verdict: 'true', conflict: { heads: ['1-x', '1-y'] } }),
    );
    const b = withRevision(undefined, annotationRecord({ verdict: 'false' }));
    await db.annotations.bulkPut([a, b]);
    await decideClaims(
      [{ ids: [a.id, b.id, 'gone'], verdict: 'mixed', settles: ['r1', 'r2'] }],
      CURATOR,
    );
    const stored = await db.annotations.bulkGet([a.id, b.id]);
    for (const s of stored) {
      expect(s?.verdict).toBe('mixed');
      expect(s?.conflict).toBeUndefined();
      expect(s?.history.at(-1)).toMatchObject({
        by: 'Cleo',
        byId: CURATOR.id,
        settles: ['r1', 'r2'],
      });
    }
  });
});
