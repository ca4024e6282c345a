// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTER, type AnnotationFilter } from '../../../../src/model/annotation-filter';
import type { Annotation } from '../../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { FilterBar } from '../../../../src/ui/annotations/FilterBar';

// the tags and reviewers the open panel offers: economy, health; Ada, Bo
const annotations = [
  { tags: ['health'], creator: 'Bo' },
  { tags: ['economy', 'health'], creator: 'Ada' },
] as Annotation[];

/** The bar with its filter in state, as the sidebar holds it. */
function Harness({
  initial,
  onChange,
}: {
  initial: AnnotationFilter;
  onChange: (f: AnnotationFilter) => void;
}) {
  const [filter, setFilter] = useState(initial);
  return (
    <FilterBar
      filter={filter}
      onChange={f => {
        setFilter(f);
        onChange(f);
      }}
      scale={DEFAULT_VERDICT_SCALE}
      annotations={annotations}
      shown={4}
      total={12}
    />
  );
}

function renderBar(initial: AnnotationFilter = EMPTY_FILTER) {
  const onChange = vi.fn<(f: AnnotationFilter) => void>();
  render(<Harness initial={initial} onChange={onChange} />);
  return { onChange, last: () => onChange.mock.lastCall?.[0] };
}

const openFilters = () => fireEvent.click(screen.getByRole('button', { name: /^Filters/ }));

afterEach(cleanup);

describe('FilterBar', () => {
  it('has a labelled search field the / key can find', () => {
    renderBar();
    const search = screen.getByRole('searchbox', { name: 'Search annotations' });
    expect(search.id).toBe('annotation-search');
    expect(search.getAttribute('placeholder')).toBe('Search quotes, notes, sources');
  });

  it('filters as the reviewer types, keeping focus in the field', () => {
    const { onChange, last } = renderBar();
    const search = screen.getByRole('searchbox', { name: 'Search annotations' });
    search.focus();
    fireEvent.change(search, { target: { value: 'm' } });
    fireEvent.change(search, { target: { value: 'mü' } });
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(last()).toEqual({ ...EMPTY_FILTER, query: 'mü' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    expect((search as HTMLInputElement).value).toBe('mü');
  });

  it('opens its panel of grouped, labelled checkboxes from a disclosure button', () => {
    renderBar();
    const toggle = screen.getByRole('button', { name: /^Filters/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    openFilters();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    for (const legend of ['Kind', 'Verdict', 'Status', 'Sources', 'Anchoring', 'Tag', 'Reviewer'])
      expect(screen.getByRole('group', { name: legend })).toBeTruthy();
    const verdicts = within(screen.getByRole('group', { name: 'Verdict' }));
    expect(verdicts.getAllByRole('checkbox').map(c => c.closest('label')?.textContent)).toEqual([
      ...DEFAULT_VERDICT_SCALE.map(v => `Ab${v.label}`),
      'AbNo verdict yet',
    ]);
  });

  it('toggles a criterion with its checkbox', () => {
    const { last } = renderBar();
    openFilters();
    const falseBox = screen.getByRole('checkbox', { name: 'False' });
    fireEvent.click(falseBox);
    expect(last()?.verdicts).toEqual(['false']);
    expect((falseBox as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'No sources yet' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'economy' }));
    expect(last()).toMatchObject({ verdicts: ['false'], noSources: true, tags: ['economy'] });
    fireEvent.click(falseBox);
    expect(last()?.verdicts).toEqual([]);
    expect(screen.getByRole('button', { name: 'Filters, 2 active' })).toBeTruthy();
  });

  it('shows how many annotations pass, and clears the filter', () => {
    const { last } = renderBar({ ...EMPTY_FILTER, kinds: ['claim'], query: 'tax' });
    expect(screen.getByText('Showing 4 of 12')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(last()).toEqual(EMPTY_FILTER);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    expect(document.activeElement?.id).toBe('annotation-search');
  });

  it('keeps a selected tag that no annotation has any more, so it can be unticked', () => {
    const { last } = renderBar({ ...EMPTY_FILTER, tags: ['gone'] });
    openFilters();
    fireEvent.click(screen.getByRole('checkbox', { name: 'gone' }));
    expect(last()?.tags).toEqual([]);
  });
});
