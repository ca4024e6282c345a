import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { legacyReviewer } from '../../../src/model/desk/reviewer';
import { revisionId } from '../../../src/model/desk/revision';
import { db } from '../../../src/store/db';
import { getReviewer } from '../../../src/store/reviewer-store';
import { REVIEWER_NAME } from '../../../src/store/settings';
import { upgradeAnnotationToV5 } from '../../../src/store/upgrade-v5';
import { annotationRecord } from '../../fixtures/records';

const STORES_V3 = {
  articles: 'id, updatedAt, textHash',
  annotations: 'id, articleId, [articleId+target.start]',
  settings: 'key',
  tombstones: 'id, articleId',
};

beforeEach(async () => {
  db.close();
  await Dexie.delete('factmark');
});

describe('schema version 5', () => {
  it('makes a stored verdict the decision plus its creator’s assessment, and starts the chain', async () => {
    const old = new Dexie('factmark');
    for (let v = 1; v <= 4; v++) old.version(v).stores(STORES_V3);
    await old.open();
    const decided = annotationRecord({ id: 'a', creator: 'Mara', verdict: 'false' });
    const open = annotationRecord({ id: 'b', creator: 'Mara' });
    await old.table('annotations').bulkAdd([decided, open]);
    await old.table('settings').add({ key: REVIEWER_NAME, value: 'Mara' });
    old.close();

    await db.open();
    const mara = legacyReviewer('Mara');
    const [a, b] = await db.annotations.bulkGet(['a', 'b']);
    expect(a).toMatchObject({
      verdict: 'false',
      creatorId: mara.id,
      assessments: [{ reviewer: mara, verdict: 'false', at: decided.updatedAt }],
    });
    expect(a?.revs).toEqual([revisionId(undefined, a as never)]);
    expect(b).toMatchObject({ creatorId: mara.id, assessments: [] });
    // the reviewer of this browser, from the stored name, is the one credited
    expect(await getReviewer()).toEqual(mara);
  });

  it('leaves a record it upgraded as it is', () => {
    const record = annotationRecord({ verdict: 'true' });
    upgradeAnnotationToV5(record);
    const once = structuredClone(record);
    upgradeAnnotationToV5(record);
    expect(record).toEqual(once);
  });
});
