import { describe, expect, it } from 'vitest';
import { revisionsOf, syncedChain, withRevision } from '../../../../src/model/desk/revision';
import { annotationRecord } from '../../../fixtures/records';

// What a browser stores from the desk's document: the desk's chain, unless its own is ahead.
describe('syncedChain', () => {
  const made = withRevision(undefined, annotationRecord({ id: 'a', note: 'first' }));
  const edited = withRevision(made, { ...made, note: 'second' });
  const desk = revisionsOf(edited);

  it('takes the document’s chain for a record new here, whatever this browser keeps of its own', () => {
    const stored = { ...edited, verdict: undefined, anchoring: { method: 'position' as const } };
    expect(syncedChain(undefined, desk, stored)).toEqual(desk);
  });

  it('takes the document’s chain when it is the same as or ahead of the one here', () => {
    expect(syncedChain(edited, desk, edited)).toEqual(desk);
    expect(syncedChain(made, desk, edited)).toEqual(desk);
  });

  it('keeps the chain here when it is ahead: a change made here, on its way to the desk', () => {
    const ahead = withRevision(edited, { ...edited, note: 'third' });
    expect(syncedChain(ahead, desk, edited)).toEqual(revisionsOf(ahead));
  });

  it('takes the document’s chain over one of this browser’s own that it does not know', () => {
    const own = withRevision(undefined, { ...edited, revs: undefined });
    expect(syncedChain(own, desk, edited)).toEqual(desk);
  });

  it('makes a chain of its own for a document that holds none, as before chains were shared', () => {
    expect(syncedChain(undefined, undefined, edited)).toEqual(
      revisionsOf(withRevision(undefined, edited)),
    );
    expect(syncedChain(made, [], edited)).toEqual(revisionsOf(withRevision(made, edited)));
  });
});
