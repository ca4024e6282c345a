import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { annotationsMap, documentName } from '../../src/sync/shared-article';
import { connect, waitUntil } from '../../tests/fixtures/desk-clients';
import type { BenchDesk } from '../harness/bench-desk';
import { loadFloors } from './floors';

/** Copies `source` into a new document on the desk, written by the reviewer whose work it holds. */
async function copyOnDesk(desk: BenchDesk, source: Y.Doc): Promise<string> {
  const name = documentName(randomUUID());
  const seeder = connect(desk.port, name, desk.reviewers.ada.token);
  try {
    await waitUntil('the copy is open', () => seeder.synced || seeder.refused !== null, 60_000);
    Y.applyUpdate(seeder.doc, Y.encodeStateAsUpdate(source));
    await waitUntil(
      'the desk holds the copy',
      () => seeder.refused !== null || !seeder.provider.hasUnsyncedChanges,
      300_000,
    );
    if (seeder.refused !== null) throw new Error(`the desk refused the copy: ${seeder.refused}`);
    return name;
  } finally {
    seeder.close();
  }
}

/**
 * The edit step's floor, `count` times: a copy of the article's document
 * on the same desk, a bare client of it in each page (bench/floors/edit-floor.ts),
 * a note typed in `from`'s and timed until `to`'s has applied it and
 * presented a frame, on the shared clock set against the wall clock
 * (`offsets`, as the edit step's). Needs the floors loaded after any reload.
 */
export async function editFloorRuns(
  desk: BenchDesk,
  pages: { from: Page; to: Page },
  source: Y.Doc,
  count: number,
  offsets: { from: number; to: number },
): Promise<number[]> {
  const name = await copyOnDesk(desk, source);
  const { from, to } = pages;
  const join = (page: Page, token: string) =>
    page.evaluate(([u, n, t]) => window.__benchFloors?.editFloor.join(u, n, t), [
      desk.wsUrl,
      name,
      token,
    ] as const);
  await Promise.all([loadFloors(from), loadFloors(to)]);
  const ids = [...annotationsMap(source).keys()].slice(0, 3);
  const runs: number[] = [];
  try {
    await join(from, desk.reviewers.ada.token);
    await join(to, desk.reviewers.ben.token);
    for (let k = 0; k < count; k++) {
      await to.evaluate(() => window.__benchFloors?.editFloor.arm());
      const sent = await from.evaluate(
        ([id, text]) => window.__benchFloors?.editFloor.send(id, text),
        [ids[k % ids.length] ?? '', `Floor edit ${k + 1}: checked against the source. `] as const,
      );
      await to.waitForFunction(() => window.__benchFloors?.editFloor.seen(), undefined, {
        polling: 20,
        timeout: 30_000,
      });
      const seen = await to.evaluate(() => window.__benchFloors?.editFloor.seen());
      if (sent === undefined || seen === undefined) throw new Error('the floor edit was not seen');
      runs.push(seen - offsets.to - (sent - offsets.from));
    }
  } finally {
    for (const page of [from, to])
      await page.evaluate(() => window.__benchFloors?.editFloor.leave()).catch(() => undefined);
  }
  return runs;
}
