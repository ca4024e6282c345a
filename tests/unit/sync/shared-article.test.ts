// The shared model of an article on a desk: Yjs documents exchanging updates as the server would pass them.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setAssessment } from '../../../src/model/desk/assessment';
import type { Annotation } from '../../../src/model/types';
import { readSynced } from '../../../src/sync/read-synced';
import { annotationsMap, tombstonesMap } from '../../../src/sync/shared-article';
import { writeAnnotation, writeDeletion, type SyncAuthor } from '../../../src/sync/write-local';
import { annotationRecord } from '../../fixtures/records';
import { ADA, BEN, CLE, exchange } from '../../fixtures/sync';

const reviewer = (r: typeof ADA): SyncAuthor => ({ reviewer: r, canDecide: false });
const curator = (r: typeof ADA): SyncAuthor => ({ reviewer: r, canDecide: true });

const stateOf = (doc: Y.Doc) => readSynced(doc, 'art');
const only = (doc: Y.Doc) => {
  const [a] = stateOf(doc).annotations;
  if (!a) throw new Error('no annotation in the document');
  return a;
};
const assess = (a: Annotation, r: typeof ADA, verdict: string, at = a.updatedAt): Annotation => ({
  ...a,
  assessments: setAssessment(a.assessments ?? [], { reviewer: r, verdict, at }),
});

/** Ada's claim, in Ada's document and, once exchanged, in Ben's. */
function shared() {
  const ada = new Y.Doc();
  const ben = new Y.Doc();
  const claim = annotationRecord({ id: 'claim-1', note: 'Habeck said so', tags: ['energy'] });
  writeAnnotation(ada, undefined, claim, reviewer(ADA));
  exchange(ada, ben);
  return { ada, ben, claim };
}

describe('the shared article', () => {
  it('brings one client’s annotation to another with its fields', () => {
    const { ben, claim } = shared();
    const got = only(ben);
    expect(got).toMatchObject({
      id: 'claim-1',
      kind: 'claim',
      target: claim.target,
      note: 'Habeck said so',
      tags: ['energy'],
      status: 'open',
    });
  });

  it('writes only the fields that changed, so concurrent changes of different fields are both kept', () => {
    const { ada, ben, claim } = shared();
    writeAnnotation(ada, claim, { ...claim, status: 'checked' }, reviewer(ADA));
    writeAnnotation(ben, claim, { ...claim, tags: ['energy', 'germany'] }, reviewer(BEN));
    exchange(ada, ben);
    expect(only(ada)).toMatchObject({ status: 'checked', tags: ['energy', 'germany'] });
    expect(stateOf(ada)).toEqual(stateOf(ben));
  });

  it('keeps the tags two reviewers add at once, and what one removes', () => {
    const { ada, ben, claim } = shared();
    writeAnnotation(ada, claim, { ...claim, tags: ['energy', 'germany'] }, reviewer(ADA));
    writeAnnotation(ben, claim, { ...claim, tags: ['energy', 'nuclear'] }, reviewer(BEN));
    exchange(ada, ben);
    expect([...only(ada).tags].sort()).toEqual(['energy', 'germany', 'nuclear']);
    expect(stateOf(ada)).toEqual(stateOf(ben));
    // one removes a tag while the other adds one: both changes stand
    const now = only(ada);
    writeAnnotation(
      ada,
      now,
      { ...now, tags: now.tags.filter(t => t !== 'energy') },
      reviewer(ADA),
    );
    writeAnnotation(ben, now, { ...now, tags: [...now.tags, 'May'] }, reviewer(BEN));
    exchange(ada, ben);
    expect([...only(ben).tags].sort()).toEqual(['May', 'germany', 'nuclear']);
    expect(stateOf(ada)).toEqual(stateOf(ben));
  });

  it('keeps the sources two reviewers add at once, and a tag both add once', () => {
    const { ada, ben, claim } = shared();
    const bmwk = { url: 'https://www.bmwk.de/a', stance: 'supports' as const };
    const dpa = { url: 'https://dpa.com/b', stance: 'refutes' as const, title: 'dpa' };
    writeAnnotation(
      ada,
      claim,
      { ...claim, sources: [bmwk], tags: ['energy', 'May'] },
      reviewer(ADA),
    );
    writeAnnotation(
      ben,
      claim,
      { ...claim, sources: [dpa], tags: ['energy', 'May'] },
      reviewer(BEN),
    );
    exchange(ada, ben);
    const got = only(ben);
    expect(got.sources.map(s => s.url).sort()).toEqual([dpa.url, bmwk.url].sort());
    expect(got.tags).toEqual(['energy', 'May']);
    // a source changed is the changed one, not both
    const retitled = { ...bmwk, title: 'Ministry release' };
    writeAnnotation(
      ada,
      got,
      { ...got, sources: got.sources.map(s => (s.url === bmwk.url ? retitled : s)) },
      reviewer(ADA),
    );
    exchange(ada, ben);
    expect(only(ben).sources.filter(s => s.url === bmwk.url)).toEqual([retitled]);
    expect(stateOf(ada)).toEqual(stateOf(ben));
  });

  it('keeps a source both add at once once, and two sources of one link that differ both', () => {
    const { ada, ben, claim } = shared();
    const bmwk = { url: 'https://www.bmwk.de/a', stance: 'supports' as const };
    const titled = { ...bmwk, title: 'Ministry release' };
    writeAnnotation(ada, claim, { ...claim, sources: [bmwk] }, reviewer(ADA));
    writeAnnotation(ben, claim, { ...claim, sources: [bmwk] }, reviewer(BEN));
    exchange(ada, ben);
    expect(only(ben).sources).toEqual([bmwk]);
    const got = only(ada);
    writeAnnotation(ada, got, { ...got, sources: [bmwk, titled] }, reviewer(ADA));
    exchange(ada, ben);
    expect(only(ben).sources).toEqual([bmwk, titled]);
    expect(stateOf(ada)).toEqual(stateOf(ben));
  });

  it('reads the plain tags and sources of a document written before, and shares them once changed', () => {
    const ada = new Y.Doc();
    const claim = annotationRecord({ id: 'claim-1', tags: ['energy'] });
    writeAnnotation(ada, undefined, claim, reviewer(ADA));
    // as the desk's documents were written before tags and sources were lists of their own
    const entry = annotationsMap(ada).get('claim-1') as Y.Map<unknown>;
    entry.set('tags', ['energy']);
    entry.set('sources', []);
    const ben = new Y.Doc();
    exchange(ada, ben);
    expect(only(ben).tags).toEqual(['energy']);
    writeAnnotation(ben, only(ben), { ...only(ben), tags: ['energy', 'nuclear'] }, reviewer(BEN));
    expect((annotationsMap(ben).get('claim-1') as Y.Map<unknown>).get('tags')).toBeInstanceOf(
      Y.Array,
    );
    exchange(ada, ben);
    expect(only(ada).tags).toEqual(['energy', 'nuclear']);
  });

  it('does not write back what the document already holds', () => {
    const { ada, ben, claim } = shared();
    writeAnnotation(ada, claim, { ...claim, status: 'checked' }, reviewer(ADA));
    exchange(ada, ben);
    // Ben's store now shows the change that came from the document: writing it again changes nothing
    const before = Y.encodeStateVector(ben);
    expect(writeAnnotation(ben, claim, { ...claim, status: 'checked' }, reviewer(BEN))).toBe(false);
    expect(Y.encodeStateVector(ben)).toEqual(before);
  });

  it('keeps every reviewer’s assessment, each under their own id', () => {
    const { ada, ben, claim } = shared();
    writeAnnotation(ada, claim, assess(claim, ADA, 'true'), reviewer(ADA));
    writeAnnotation(ben, claim, assess(claim, BEN, 'false'), reviewer(BEN));
    exchange(ada, ben);
    expect(only(ben).assessments?.map(a => [a.reviewer.name, a.verdict])).toEqual([
      ['Ada', 'true'],
      ['Ben', 'false'],
    ]);
    expect(stateOf(ada)).toEqual(stateOf(ben));
  });

  it('never writes another reviewer’s assessment', () => {
    const { ada, ben, claim } = shared();
    writeAnnotation(ben, claim, assess(claim, ADA, 'false'), reviewer(BEN));
    exchange(ada, ben);
    expect(only(ada).assessments).toEqual([]);
  });

  it('merges notes typed at the same time', () => {
    const { ada, ben, claim } = shared();
    writeAnnotation(ada, claim, { ...claim, note: 'Habeck said so in May' }, reviewer(ADA));
    writeAnnotation(ben, claim, { ...claim, note: 'Robert Habeck said so' }, reviewer(BEN));
    exchange(ada, ben);
    expect(only(ada).note).toBe('Robert Habeck said so in May');
    expect(only(ben).note).toBe('Robert Habeck said so in May');
  });

  it('keeps a curator’s decision and ignores a reviewer’s', () => {
    const { ada, ben, claim } = shared();
    writeAnnotation(ada, claim, { ...claim, verdict: 'true' }, reviewer(ADA));
    exchange(ada, ben);
    expect(only(ben).verdict).toBeUndefined();
    writeAnnotation(ben, claim, { ...claim, verdict: 'false' }, curator(BEN));
    exchange(ada, ben);
    expect(only(ada).verdict).toBe('false');
    expect(only(ada).conflict).toBeUndefined();
  });

  it('lists two decisions that did not see each other as a conflict, until a curator’s sees both', () => {
    const { ada, ben, claim } = shared();
    const cle = new Y.Doc();
    exchange(ada, cle);
    writeAnnotation(ada, claim, { ...claim, verdict: 'mixed' }, curator(ADA));
    exchange(ada, ben, cle);
    const decided = { ...claim, verdict: 'mixed' };
    // both curators offline, each deciding otherwise
    writeAnnotation(ada, decided, { ...decided, verdict: 'true' }, curator(ADA));
    writeAnnotation(ben, decided, { ...decided, verdict: 'false' }, curator(BEN));
    exchange(ada, ben, cle);
    const open = only(cle);
    // not the last writer's verdict: the decision both had seen stays until a curator settles
    expect(open.verdict).toBe('mixed');
    expect(open.conflict?.decisions).toEqual(['false', 'true']);
    expect(open.conflict?.heads).toHaveLength(2);
    expect(stateOf(ada)).toEqual(stateOf(ben));

    const settled = {
      ...open,
      verdict: 'false',
      history: [
        ...open.history,
        {
          field: 'verdict' as const,
          to: 'false',
          by: 'Cle',
          byId: CLE.id,
          at: open.updatedAt,
          settles: [],
        },
      ],
    };
    writeAnnotation(cle, open, settled, curator(CLE));
    exchange(ada, ben, cle);
    expect(only(ada).verdict).toBe('false');
    expect(only(ada).conflict).toBeUndefined();
  });

  it('deletes an annotation when the deletion saw every edit, keeping what it was', () => {
    const { ada, ben } = shared();
    writeDeletion(ben, 'claim-1', BEN, '2026-12-06T00:00:00.000Z');
    exchange(ada, ben);
    expect(stateOf(ada).annotations).toEqual([]);
    expect(stateOf(ada).tombstones).toEqual([
      { id: 'claim-1', articleId: 'art', by: 'Ben', byId: BEN.id, at: '2026-12-06T00:00:00.000Z' },
    ]);
    // the annotation's map stays in the document: a deletion loses nothing
    expect(annotationsMap(ada).has('claim-1')).toBe(true);
  });

  it('lists an edit made while another reviewer deleted as a conflict, and keeps the annotation', () => {
    const { ada, ben, claim } = shared();
    writeDeletion(ben, 'claim-1', BEN, '2026-12-06T00:00:00.000Z');
    writeAnnotation(ada, claim, { ...claim, note: 'still needed' }, reviewer(ADA));
    exchange(ada, ben);
    const kept = only(ben);
    expect(kept.note).toBe('still needed');
    expect(kept.conflict?.deleted).toEqual({
      by: 'Ben',
      byId: BEN.id,
      at: '2026-12-06T00:00:00.000Z',
    });
    expect(stateOf(ada)).toEqual(stateOf(ben));

    // a curator keeps it: the tombstone goes, the conflict with it
    const settled = {
      ...kept,
      history: [
        {
          field: 'verdict' as const,
          to: 'true',
          by: 'Cle',
          byId: CLE.id,
          at: kept.updatedAt,
          settles: [],
        },
      ],
      verdict: 'true',
    };
    writeAnnotation(ada, kept, settled, curator(CLE));
    exchange(ada, ben);
    expect(tombstonesMap(ben).has('claim-1')).toBe(false);
    expect(only(ben).conflict).toBeUndefined();
  });
});
