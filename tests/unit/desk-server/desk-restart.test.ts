// @vitest-environment node
// `npm run desk` killed after it passed a change on, before it stored the document: what it passed
// on is not lost, and a client holding another reviewer's change is not refused for it.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { setAssessment } from '../../../src/model/desk/assessment';
import type { Annotation } from '../../../src/model/types';
import { readSynced } from '../../../src/sync/read-synced';
import { annotationsMap } from '../../../src/sync/shared-article';
import { writeAnnotation } from '../../../src/sync/write-local';
import {
  articleDocument,
  connect,
  deskFolder,
  freePort,
  startDeskProcess,
  stopProcess,
  waitUntil,
  type DeskClient,
  type TestReviewer,
  cleanupsAfterEach,
} from '../../fixtures/desk';
import { annotationRecord } from '../../fixtures/records';

const cleanups = cleanupsAfterEach();

const person = (r: TestReviewer) => ({ id: r.id, name: r.name });
const claimIn = (c: DeskClient) =>
  readSynced(c.doc, 'art').annotations.find(a => a.id === 'claim-1');
const decisionsIn = (c: DeskClient) =>
  (annotationsMap(c.doc).get('claim-1')?.get('decisions') as Y.Array<unknown> | undefined)
    ?.length ?? 0;

describe('npm run desk killed before it stored', () => {
  it('has what it passed on when it comes back, and takes the clients’ own changes after', async () => {
    const folder = deskFolder();
    const { ada, ben, cy } = folder;
    const port = await freePort();
    let log = '';
    const start = async () => {
      // storing nothing whole for a minute: killed, the desk has only its journal
      const started = await startDeskProcess(port, folder.dataDir, {
        FACTMARK_DESK_STORE_DELAY: '60000',
      });
      started.stdout?.on('data', (d: Buffer) => (log += d.toString()));
      return started;
    };
    let server = await start();
    cleanups.push(() => stopProcess(server));
    const name = articleDocument();
    const open = (who: TestReviewer) => {
      const c = connect(port, name, who.token);
      cleanups.push(c.close);
      return c;
    };
    const a = open(ada);
    const b = open(ben);
    await waitUntil('Ada and Ben are synced', () => a.synced && b.synced);

    // Ben, a curator, decides a claim; Ada has it; the desk dies before it stores it
    const claim = annotationRecord({ id: 'claim-1', verdict: 'true' });
    writeAnnotation(b.doc, undefined, claim, { reviewer: person(ben), canDecide: true });
    await waitUntil('Ada has Ben’s decision', () => decisionsIn(a) === 1, 5000);
    await stopProcess(server, 'SIGKILL');
    b.close();

    server = await start();
    // Ada, a reviewer, reconnects by herself and adds her own assessment
    const seen = claimIn(a) as Annotation;
    const assessed: Annotation = {
      ...seen,
      assessments: setAssessment(seen.assessments ?? [], {
        reviewer: person(ada),
        verdict: 'false',
        at: seen.updatedAt,
      }),
    };
    writeAnnotation(a.doc, seen, assessed, { reviewer: person(ada), canDecide: false });
    const late = open(cy);
    await waitUntil(
      'a new reader has Ben’s decision and Ada’s assessment',
      () => Boolean(decisionsIn(late) === 1 && claimIn(late)?.assessments?.length),
      20_000,
    );
    expect(claimIn(late)?.verdict).toBe('true');
    expect(log).not.toContain('refused');
  }, 60_000);
});
