// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { AnnotationList } from '../../../../src/ui/annotations/AnnotationList';
import { annotationRecord, targetAt } from '../../../fixtures/records';
import { deskAnnotations } from '../../../fixtures/same-claim';

// happy-dom lays nothing out: the sidebar is 600 px tall and every entry 100 px, as in a browser
const heightOf = (el: HTMLElement) =>
  el.tagName === 'ASIDE' ? 600 : el.tagName === 'LI' ? 100 : 0;
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return heightOf(this);
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return heightOf(this);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function annotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) =>
    annotationRecord({
      id: `id-${i}`,
      target: targetAt(i * 10, `claim ${i}`, 5),
      verdict: 'false',
    }),
  );
}

function renderList(list: Annotation[], onOpen = vi.fn()) {
  render(
    // the sidebar: the list's scrolling ancestor, 600 px tall
    <aside style={{ overflowY: 'auto', height: 600 }}>
      <AnnotationList
        annotations={list}
        scale={DEFAULT_VERDICT_SCALE}
        activeId={null}
        onSelect={vi.fn()}
        onOpen={onOpen}
        onConfirm={vi.fn()}
      />
    </aside>,
  );
  return screen.getByRole('list', { name: 'Annotations in reading order' });
}

describe('the annotation list', () => {
  it('shows a claim annotated by two reviewers as one entry with both verdicts, each annotation editable', () => {
    const onOpen = vi.fn();
    const list = renderList(deskAnnotations(), onOpen);
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map(i => i.getAttribute('aria-setsize'))).toEqual(['3', '3', '3']);
    const shared = items[0] as HTMLElement;
    expect(shared.textContent).toContain('No verdict yet');
    expect(shared.textContent).toContain('Assessments: Ada: False; Ben: True (Checked twice.)');
    expect(shared.textContent).toContain('Also annotated by Ben: Ben’s reason.');
    fireEvent.click(within(shared).getByRole('button', { name: /^Edit Ben’s annotation/ }));
    expect(onOpen).toHaveBeenCalledWith('ben-shared');
    // a claim of one reviewer's alone shows no assessments of its own
    expect(items[1]?.textContent).not.toContain('Assessments');
  });

  it('puts only the entries near the view in the DOM, each with its place in the whole list', () => {
    const list = renderList(annotations(10_000));
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(50);
    expect(items[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(items.map(li => li.getAttribute('aria-posinset'))).toEqual(
      items.map((_, i) => String(i + 1)),
    );
    expect(items[0]?.textContent).toContain('claim 0');
  });

  it('opens an entry with Enter', () => {
    const onOpen = vi.fn();
    const list = renderList(annotations(3), onOpen);
    const [, second] = within(list).getAllByRole('listitem');
    if (!second) throw new Error('no second entry');
    fireEvent.keyDown(second, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('id-1');
  });

  it('shows on each card the start of the note, the tags, who made it and the sources by stance', () => {
    const note = 'No ministry statement confirms this was a first. '.repeat(6);
    const list = renderList([
      annotationRecord({
        id: 'one',
        target: targetAt(0, 'the claim', 5),
        verdict: 'false',
        note,
        tags: ['export controls', 'sourcing'],
        creator: 'Ada Lindqvist',
        sources: [
          { url: 'https://a.example/', stance: 'supports' },
          { url: 'https://b.example/', stance: 'refutes' },
          { url: 'https://c.example/', stance: 'refutes' },
        ],
      }),
    ]);
    const card = within(list).getByRole('listitem');
    const text = card.textContent ?? '';
    expect(text).toContain('No ministry statement confirms this was a first.');
    expect(text).not.toContain(note.trim()); // the start only
    expect(card.querySelector('.item-tags')?.textContent).toBe('Tags: export controlssourcing');
    expect(text).toContain('By Ada Lindqvist');
    expect(text).toContain('1 supports · 2 refute');
  });
});
