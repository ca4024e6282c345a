import { describe, expect, it } from 'vitest';
import { db } from '../../../src/store/db';
import { readWhatCanBeRead } from '../../../src/store/raw-dump';

describe('readWhatCanBeRead', () => {
  it('reads every store of the database without Dexie or its version', async () => {
    await db.open();
    await Promise.all(db.tables.map(t => t.clear()));
    await db.settings.put({ key: 'reviewerName', value: 'Ada' });
    const stores = await readWhatCanBeRead();
    expect(Object.keys(stores).sort()).toEqual([
      'annotations',
      'articles',
      'settings',
      'tombstones',
      'writeMarks',
    ]);
    expect(stores.settings).toEqual([{ key: 'reviewerName', value: 'Ada' }]);
  });

  it('gives an empty result for a database that does not exist, and leaves none behind', async () => {
    expect(await readWhatCanBeRead('no-such-database')).toEqual({});
    const names = (await indexedDB.databases()).map(d => d.name);
    expect(names).not.toContain('no-such-database');
  });
});
