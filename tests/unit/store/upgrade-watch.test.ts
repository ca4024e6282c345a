import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/store/db';
import { watchForUpgradeElsewhere } from '../../../src/store/upgrade-watch';

/** What another tab running a newer Factmark does: open the database at a higher version. */
function upgradeFromAnotherTab(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('factmark', db.verno * 10 + 10);
    request.onupgradeneeded = () => request.result.createObjectStore('history');
    request.onblocked = () => reject(new Error('the upgrade was blocked by this tab'));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(async () => {
  db.close();
  await new Promise(resolve => {
    const request = indexedDB.deleteDatabase('factmark');
    request.onsuccess = request.onerror = resolve;
  });
  await db.open();
});

describe('watchForUpgradeElsewhere', () => {
  it('tells this tab, and never blocks the other tab’s upgrade', async () => {
    await db.open();
    await db.settings.put({ key: 'reviewerName', value: 'Ada' });
    const onUpgrade = vi.fn();
    const stop = watchForUpgradeElsewhere(onUpgrade);
    const upgraded = await upgradeFromAnotherTab();
    expect(onUpgrade).toHaveBeenCalledTimes(1);
    expect([...upgraded.objectStoreNames]).toContain('history');
    upgraded.close();
    stop();
  });

  it('stays quiet once unsubscribed', async () => {
    await db.open();
    const onUpgrade = vi.fn();
    watchForUpgradeElsewhere(onUpgrade)();
    (await upgradeFromAnotherTab()).close();
    expect(onUpgrade).not.toHaveBeenCalled();
  });
});
