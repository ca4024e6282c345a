import { beforeEach, describe, expect, it } from 'vitest';
import { isReviewerId, legacyReviewer } from '../../../src/model/desk/reviewer';
import { db } from '../../../src/store/db';
import { getReviewer, setReviewerName } from '../../../src/store/reviewer-store';
import { REVIEWER_NAME, setSetting } from '../../../src/store/settings';

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('the reviewer of this browser', () => {
  it('is nobody until a name is given, then has a UUID and that name', async () => {
    expect(await getReviewer()).toBeNull();
    const ada = await setReviewerName('  Ada Lovelace ');
    expect(isReviewerId(ada.id)).toBe(true);
    expect(ada.name).toBe('Ada Lovelace');
    expect(await getReviewer()).toEqual(ada);
  });

  it('keeps the id when the name changes', async () => {
    const ada = await setReviewerName('Ada');
    const renamed = await setReviewerName('Ada L.');
    expect(renamed).toEqual({ id: ada.id, name: 'Ada L.' });
    expect(await getReviewer()).toEqual(renamed);
  });

  it('gives a name stored by an older build the id derived from it, once', async () => {
    await setSetting(REVIEWER_NAME, 'Ada');
    const upgraded = await getReviewer();
    expect(upgraded).toEqual(legacyReviewer('Ada'));
    await setSetting(REVIEWER_NAME, 'Someone else');
    expect(await getReviewer()).toEqual(upgraded);
  });
});
