// @vitest-environment node
// What a reviewer writes into their map of an annotation after Yjs dropped it for a colleague's,
// written into the map Yjs keeps as the change it is (the desk's side: src/sync/dropped-maps.ts).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation } from '../../../src/model/types';
import { droppedIn, keepDropped, writeFollowUps } from '../../../src/sync/dropped-maps';
import { mapItemOf } from '../../../src/sync/concurrent-creation';
import { readSynced } from '../../../src/sync/read-synced';
import { writeAnnotation } from '../../../src/sync/write-local';
import { annotationRecord } from '../../fixtures/records';

const ada = { id: 'ada-id', name: 'Ada' };
const ben = { id: 'ben-id', name: 'Ben' };
const imported = annotationRecord({
  id: 'claim-1',
  note: 'From the file.',
  tags: ['energy', 'Japan'],
});

/** A reviewer's browser, offline: its Yjs id decides which of two maps Yjs keeps. */
function browser(clientID: number) {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, next: () => Y.mergeUpdates(updates.splice(0)) };
}

const recordIn = (doc: Y.Doc) => readSynced(doc, 'art').annotations[0] as Annotation;

/** The desk with Ben's import, then Ada's (whose map Yjs keeps), and a copy of Ben's dropped map. */
function bensMapDropped() {
  const [bens, adas] = [browser(1000), browser(2000)];
  writeAnnotation(bens.doc, undefined, imported, { reviewer: ben, canDecide: false });
  writeAnnotation(adas.doc, undefined, imported, { reviewer: ada, canDecide: false });
  const desk = new Y.Doc();
  Y.applyUpdate(desk, bens.next());
  const bensItem = mapItemOf(desk, 'claim-1') as string;
  const copies = [keepDropped(desk, 'claim-1', bensItem, ben)];
  Y.applyUpdate(desk, adas.next());
  const dropped = droppedIn(desk, copies);
  // Ada's words reach the map kept
  writeAnnotation(
    adas.doc,
    imported,
    { ...imported, note: 'From the file. Ada: the ministry confirmed.' },
    { reviewer: ada, canDecide: false },
  );
  Y.applyUpdate(desk, adas.next());
  return { desk, bens, dropped };
}

describe('a change written into a map Yjs dropped', () => {
  it('reaches the map Yjs keeps as that change: words added, a tag removed, a field changed', () => {
    const { desk, bens, dropped } = bensMapDropped();
    expect(dropped).toHaveLength(1);
    const bensChange: Annotation = {
      ...imported,
      note: 'From the file. Ben: a second source.',
      tags: ['Japan', 'May'],
      status: 'checked',
    };
    writeAnnotation(bens.doc, imported, bensChange, { reviewer: ben, canDecide: false });
    const written = writeFollowUps(desk, dropped, bens.next(), ben, () => true);
    expect(written).not.toBeNull();
    const claim = recordIn(desk);
    expect(claim.note).toContain('Ada: the ministry confirmed.');
    expect(claim.note).toContain('Ben: a second source.');
    expect(claim.note.split('From the file.')).toHaveLength(2);
    expect([...claim.tags].sort()).toEqual(['Japan', 'May']);
    expect(claim.status).toBe('checked');
    // what the desk wrote is an update the other browsers apply as it is
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate(desk));
    expect(recordIn(late).note).toBe(claim.note);
  });

  it('is left out when the desk’s rules refuse it, or when it comes from another reviewer', () => {
    const { desk, bens, dropped } = bensMapDropped();
    const before = recordIn(desk);
    const change = { ...imported, note: 'From the file. Ben: a second source.' };
    writeAnnotation(bens.doc, imported, change, { reviewer: ben, canDecide: false });
    const update = bens.next();
    expect(writeFollowUps(desk, dropped, update, ada, () => true)).toBeNull();
    expect(writeFollowUps(desk, dropped, update, ben, () => false)).toBeNull();
    expect(recordIn(desk)).toEqual(before);
  });

  it('changes nothing for an update that does not touch the dropped map', () => {
    const { desk, bens, dropped } = bensMapDropped();
    writeAnnotation(bens.doc, undefined, annotationRecord({ id: 'claim-2' }), {
      reviewer: ben,
      canDecide: false,
    });
    expect(writeFollowUps(desk, dropped, bens.next(), ben, () => true)).toBeNull();
  });
});
