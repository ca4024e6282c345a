import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCases, sizeCases, type Way } from './hostile-payloads';
import { Session, violationsSeen } from './hostile-session';

function describeWay(way: Way) {
  const cases = hostileCases.filter(c => c.way === way);
  describe(`hostile articles by ${way} (${cases.length} cases)`, () => {
    const session = new Session();
    beforeAll(() => session.start());
    afterAll(async () => {
      session.recordViolations();
      await session.profile.dispose();
    });

    for (const c of cases) {
      it(`${c.family}: ${c.name}`, async () => {
        const requests = session.foreignRequests.length;
        const dialogs = session.dialogs.length;
        await session.load(c);
        await session.assertInertArticle(c.name);
        await session.assertUntouched(c.name, requests, dialogs);
      });
    }

    it('after a pause, still nothing ran, left or navigated; not one CSP violation was reported', async () => {
      await session.page.waitForTimeout(500);
      await session.assertUntouched(`${way} session`);
      // the inert parse never builds a handler, a style or a <base>, so even a blocked attempt is absent
      expect(session.profile.cspViolations).toEqual([]);
    });
  });
}

describeWay('paste');
describeWay('file');
describeWay('page');

describe('the hostile corpus', () => {
  it('has at least 50 cases over three ways in, and raised no CSP violation at all', () => {
    const all = [...hostileCases, ...sizeCases];
    expect(all.length).toBeGreaterThanOrEqual(50);
    for (const way of ['paste', 'file', 'page'] as const)
      expect(all.filter(c => c.way === way).length).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map(c => c.name)).size).toBe(all.length);
    expect([...violationsSeen]).toEqual([]);
  });
});
