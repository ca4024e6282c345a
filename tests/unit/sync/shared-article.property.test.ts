// Any interleaving of edits and exchanges between clients of one article converges, and loses nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setAssessment } from '../../../src/model/desk/assessment';
import type { Annotation } from '../../../src/model/types';
import { readSynced } from '../../../src/sync/read-synced';
import { writeAnnotation, writeDeletion } from '../../../src/sync/write-local';
import { annotationRecord } from '../../fixtures/records';
import { ADA, BEN, CLE, exchange } from '../../fixtures/sync';

const PEOPLE = [ADA, BEN, CLE];
// Ben is a curator; Ada and Cle review
const DECIDES = [false, true, false];
const IDS = ['claim-1', 'claim-2'];
const VERDICTS = ['true', 'false', 'mixed'];

type Op =
  | { op: 'type'; who: number; ann: number; word: string }
  | { op: 'assess'; who: number; ann: number; verdict: string }
  | { op: 'decide'; who: number; ann: number; verdict: string }
  | { op: 'tag'; who: number; ann: number; tag: string }
  | { op: 'delete'; who: number; ann: number }
  | { op: 'exchange'; from: number; to: number };

const who = fc.integer({ min: 0, max: 2 });
const ann = fc.integer({ min: 0, max: 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('type' as const),
    who,
    ann,
    word: fc.constantFrom('alpha', 'beta', 'gamma'),
  }),
  fc.record({
    op: fc.constant('assess' as const),
    who,
    ann,
    verdict: fc.constantFrom(...VERDICTS),
  }),
  fc.record({
    op: fc.constant('decide' as const),
    who,
    ann,
    verdict: fc.constantFrom(...VERDICTS),
  }),
  fc.record({ op: fc.constant('tag' as const), who, ann, tag: fc.constantFrom('x', 'y') }),
  fc.record({ op: fc.constant('delete' as const), who, ann }),
  fc.record({ op: fc.constant('exchange' as const), from: who, to: who }),
);

const recordOf = (doc: Y.Doc, id: string) =>
  readSynced(doc, 'art').annotations.find(a => a.id === id);

describe('the shared article, under any interleaving', () => {
  it('converges, and keeps every annotation, word typed, assessment and decision', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), ops => {
        const docs = PEOPLE.map(() => new Y.Doc());
        for (const id of IDS)
          writeAnnotation(docs[0] as Y.Doc, undefined, annotationRecord({ id }), {
            reviewer: ADA,
            canDecide: false,
          });
        exchange(...docs);
        const words = new Map<string, string[]>();
        const lastAssessment = new Map<string, string>();
        const tagged = new Map<string, Set<string>>();
        let decisions = 0;
        let clock = Date.parse('2026-12-06T00:00:00.000Z');
        for (const o of ops) {
          if (o.op === 'exchange') {
            exchange(docs[o.from] as Y.Doc, docs[o.to] as Y.Doc);
            continue;
          }
          const doc = docs[o.who] as Y.Doc;
          const person = PEOPLE[o.who] as typeof ADA;
          const id = IDS[o.ann] as string;
          const before = recordOf(doc, id);
          if (!before) continue; // deleted here: the reviewer no longer sees it
          const at = new Date((clock += 1000)).toISOString();
          if (o.op === 'delete') {
            writeDeletion(doc, id, person, at);
            continue;
          }
          let after: Annotation = { ...before, updatedAt: at };
          if (o.op === 'type') {
            after.note = `${before.note} ${o.word}${o.who}`;
            words.set(id, [...(words.get(id) ?? []), `${o.word}${o.who}`]);
          } else if (o.op === 'assess') {
            const mine = { reviewer: person, verdict: o.verdict, at };
            after.assessments = setAssessment(before.assessments ?? [], mine);
            lastAssessment.set(`${id}/${person.id}`, o.verdict);
          } else if (o.op === 'decide') {
            after = { ...after, verdict: o.verdict };
            if (DECIDES[o.who] && before.verdict !== o.verdict) decisions++;
          } else {
            after.tags = [...new Set([...before.tags, o.tag])];
            tagged.set(id, (tagged.get(id) ?? new Set()).add(o.tag));
          }
          writeAnnotation(doc, before, after, { reviewer: person, canDecide: !!DECIDES[o.who] });
        }
        exchange(...docs);
        exchange(...docs);
        const states = docs.map(d => readSynced(d, 'art'));
        expect(states[1]).toEqual(states[0]);
        expect(states[2]).toEqual(states[0]);
        const [state] = states as [ReturnType<typeof readSynced>];
        for (const id of IDS) {
          const kept = state.annotations.find(a => a.id === id);
          const gone = state.tombstones.find(t => t.id === id);
          expect(kept || gone, id).toBeTruthy();
          if (!kept) continue;
          for (const w of words.get(id) ?? []) expect(kept.note).toContain(w);
          // tags are only added here: every one added by anyone is kept, once
          for (const t of tagged.get(id) ?? []) expect(kept.tags).toContain(t);
          expect(new Set(kept.tags).size).toBe(kept.tags.length);
          for (const p of PEOPLE) {
            const v = lastAssessment.get(`${id}/${p.id}`);
            if (v) expect(kept.assessments?.find(a => a.reviewer.id === p.id)?.verdict).toBe(v);
          }
        }
        // every decision a curator made is in the log of each document
        let logged = 0;
        for (const id of IDS) {
          const entry = docs[0]?.getMap<Y.Map<unknown>>('annotations').get(id);
          logged += (entry?.get('decisions') as Y.Array<unknown>).length;
        }
        expect(logged).toBe(decisions);
      }),
      { numRuns: 300 },
    );
  });
});
