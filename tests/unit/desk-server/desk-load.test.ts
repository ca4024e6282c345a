// @vitest-environment node
// Twenty reviewers' clients typing at once into one article on a real desk server: all end equal.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation } from '../../../src/model/types';
import { readSynced } from '../../../src/sync/read-synced';
import { writeAnnotation } from '../../../src/sync/write-local';
import {
  articleDocument,
  connect,
  startTestDesk,
  waitUntil,
  type DeskClient,
  cleanupsAfterEach,
} from '../../fixtures/desk';
import { annotationRecord } from '../../fixtures/records';

const CLIENTS = 20;
const EDITS = 100;

const cleanups = cleanupsAfterEach();

const recordIn = (c: DeskClient, id: string) =>
  readSynced(c.doc, 'art', [id]).annotations.find(a => a.id === id);
const pause = () => new Promise(r => setTimeout(r, Math.random() * 4));

describe('one desk, twenty clients', () => {
  it('ends every client with the same article, every one of 20 × 100 edits in it', async () => {
    const desk = await startTestDesk(cleanups);
    const name = articleDocument();
    const writers = [desk.ada, desk.ben];
    const clients = Array.from({ length: CLIENTS }, (_, i) => {
      const c = connect(desk.port, name, (writers[i % 2] ?? desk.ada).token);
      cleanups.push(c.close);
      return c;
    });
    await waitUntil('all are synced', () => clients.every(c => c.synced), 30_000);
    const who = (i: number) => {
      const r = writers[i % 2] ?? desk.ada;
      return { reviewer: { id: r.id, name: r.name }, canDecide: false };
    };
    const [first] = clients;
    if (!first) throw new Error('no clients');
    writeAnnotation(first.doc, undefined, annotationRecord({ id: 'shared' }), who(0));
    await waitUntil(
      'all have the shared claim',
      () => clients.every(c => recordIn(c, 'shared')),
      30_000,
    );

    // half of each client's edits type a word into the shared claim's note, at its end, while
    // the others type there too; the other half create and rewrite the client's own claim
    const edit = async (c: DeskClient, i: number) => {
      for (let k = 0; k < EDITS; k++) {
        const id = k % 2 === 0 ? 'shared' : `own-${i}`;
        const before = recordIn(c, id);
        const base = before ?? annotationRecord({ id });
        const note = id === 'shared' ? `${base.note} w${i}.${k}` : `own ${i} after edit ${k}`;
        writeAnnotation(c.doc, before, { ...base, note } satisfies Annotation, who(i));
        await pause();
      }
    };
    await Promise.all(clients.map(edit));

    const vector = (c: DeskClient) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64');
    await waitUntil(
      'every client has sent everything and holds the same state',
      () =>
        clients.every(c => !c.provider.hasUnsyncedChanges) &&
        new Set(clients.map(vector)).size === 1,
      60_000,
    );
    const stateOf = (c: DeskClient) => {
      const { annotations } = readSynced(c.doc, 'art');
      return JSON.stringify([...annotations].sort((x, y) => (x.id < y.id ? -1 : 1)));
    };
    const states = clients.map(stateOf);
    expect(new Set(states).size).toBe(1);
    const words = (recordIn(first, 'shared')?.note ?? '').split(' ').filter(Boolean);
    expect(words).toHaveLength(CLIENTS * (EDITS / 2));
    for (let i = 0; i < CLIENTS; i++) {
      for (let k = 0; k < EDITS; k += 2) expect(words).toContain(`w${i}.${k}`);
      expect(recordIn(first, `own-${i}`)?.note).toBe(`own ${i} after edit ${EDITS - 1}`);
    }
    // and the desk has it all: a client that comes now gets the same
    const late = connect(desk.port, name, desk.cy.token);
    cleanups.push(late.close);
    await waitUntil('the late reader is synced', () => late.synced);
    expect(stateOf(late)).toBe(states[0]);
  }, 120_000);
});
