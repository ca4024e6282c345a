import { describe, expect, it } from 'vitest';
import { withModule } from '../../../../src/ui/common/load-later';

describe('withModule', () => {
  it('runs the task with the module once it is loaded, and gives its message', async () => {
    const notice = await withModule(
      () => Promise.resolve({ twice: (n: number) => n * 2 }),
      'Not done',
      async m => ({ tone: 'success', title: `Done ${m.twice(21)}` }),
    );
    expect(notice).toEqual({ tone: 'success', title: 'Done 42' });
  });

  it('says in plain words that the part could not be loaded, the cause under Details, and runs nothing', async () => {
    let ran = false;
    const notice = await withModule(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      '“backup.json” was not restored',
      async () => {
        ran = true;
        return { tone: 'success', title: 'Restored' };
      },
    );
    expect(ran).toBe(false);
    expect(notice).toEqual({
      tone: 'error',
      title: '“backup.json” was not restored',
      detail:
        'This part of Factmark could not be loaded. Reload the page and try again. Nothing was changed.',
      technical: 'Failed to fetch dynamically imported module',
    });
  });
});
