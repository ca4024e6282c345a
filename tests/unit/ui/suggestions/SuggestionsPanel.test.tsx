// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/store/db';
import { UNDERLINE_ALL } from '../../../../src/store/suggestion-store';
import type { Suggestion } from '../../../../src/model/claim-spotting/types';
import { textOffset } from '../../../../src/model/offsets';
import {
  MAX_SHOWN,
  SuggestionsPanel,
  type SuggestionsPanelProps,
} from '../../../../src/ui/suggestions/SuggestionsPanel';
import { strengthSummary } from '../../../../src/ui/suggestions/suggestion-words';

afterEach(cleanup);

const claim: Suggestion = {
  id: 'c1',
  kind: 'claim',
  start: textOffset(120),
  end: textOffset(190),
  exact: 'The deal is believed to be the ministry’s first in this regard.',
  score: 0.86,
  strength: 'strong',
  reasons: ['superlative', 'institution', 'anonymous sources'],
};
const name: Suggestion = {
  id: 'n1',
  kind: 'name',
  start: textOffset(40),
  end: textOffset(55),
  exact: 'Robert Hallbeck',
  score: 0.7,
  strength: 'strong',
  reasons: ['close to a reference name (German economy minister)'],
  correction: 'Robert Habeck',
};

function renderPanel(patch: Partial<SuggestionsPanelProps> = {}) {
  const props = {
    suggestions: [claim, name],
    dismissed: new Set<string>(),
    running: false,
    onAccept: vi.fn(),
    onDismiss: vi.fn(),
    onRestoreDismissed: vi.fn(),
    onSelect: vi.fn(),
    onTurnOff: vi.fn(),
    ...patch,
  };
  render(<SuggestionsPanel {...props} />);
  return props;
}
const list = () => screen.getByRole('list', { name: 'Suggestions in reading order' });

describe('SuggestionsPanel', () => {
  it('lists the suggestions in reading order under its heading (the tab shows the count)', () => {
    renderPanel();
    const section = screen.getByRole('region', { name: /Suggestions/ });
    expect(within(section).getByRole('heading').textContent).toBe('Suggestions');
    const items = within(list()).getAllByRole('listitem');
    expect(items.map(li => li.getAttribute('data-suggestion-id'))).toEqual(['n1', 'c1']);
  });

  it('says what each suggestion is, how sure it is and why', () => {
    renderPanel();
    const [first, second] = within(list()).getAllByRole('listitem');
    expect(first?.textContent).toContain('Name: “Robert Hallbeck” → “Robert Habeck”');
    expect(first?.textContent).toContain('strong');
    expect(second?.textContent).toContain('Claim to check');
    expect(second?.textContent).toContain('strong');
    expect(second?.textContent).toContain('superlative + institution + anonymous sources');
  });

  it('names its buttons after the quote, and acts on the suggestion', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Accept “Robert Hallbeck”' }));
    // with the entry after it, where the focus goes once it is saved
    expect(props.onAccept).toHaveBeenCalledWith(name, claim);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss “Robert Hallbeck”' }));
    expect(props.onDismiss).toHaveBeenCalledWith(name);
    // neither button also scrolls the article
    expect(props.onSelect).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /^Show in the article: .*first/ }));
    expect(props.onSelect).toHaveBeenCalledWith(claim);
  });

  it('hides dismissed suggestions and offers to show them again', () => {
    const props = renderPanel({ dismissed: new Set(['c1', 'gone-from-this-text']) });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Show dismissed (1)' }));
    expect(props.onRestoreDismissed).toHaveBeenCalled();
  });

  it('says when it is looking, and when spotting failed', () => {
    renderPanel({ suggestions: [], running: true });
    expect(screen.getByRole('status').textContent).toBe('Looking for claims to check…');
    cleanup();
    renderPanel({ suggestions: [], error: 'Suggestions are unavailable: boom' });
    expect(screen.getByRole('alert').textContent).toContain('boom');
  });

  it('says when there is nothing to suggest', () => {
    renderPanel({ suggestions: [] });
    expect(screen.getByText('No suggestions for this article.')).toBeTruthy();
  });

  it('shows at most 500 and says how many more there are', () => {
    const many = Array.from({ length: MAX_SHOWN + 20 }, (_, i) => ({
      ...claim,
      id: `c${i}`,
      start: textOffset(i * 100),
      end: textOffset(i * 100 + 50),
    }));
    renderPanel({ suggestions: many });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(MAX_SHOWN);
    expect(screen.getByText(/20 more suggestions further on/)).toBeTruthy();
  });

  it('says a long article is looked through in pauses, rather than just that it is', () => {
    renderPanel({ suggestions: [], running: true, spotsInPauses: true });
    expect(screen.getByRole('status').textContent).toMatch(/while you are not scrolling or typing/);
    cleanup();
    renderPanel({ suggestions: [], running: true });
    expect(screen.getByRole('status').textContent).toBe('Looking for claims to check…');
  });

  it('turns suggestions off', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Turn suggestions off' }));
    expect(props.onTurnOff).toHaveBeenCalled();
  });

  it('offers to turn suggestions on when they are off', () => {
    const onTurnOn = vi.fn();
    renderPanel({ enabled: false, onTurnOn });
    expect(screen.queryByRole('list')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Turn suggestions on' }));
    expect(onTurnOn).toHaveBeenCalled();
  });

  it('says each suggestion’s strength', () => {
    const possible: Suggestion = { ...claim, id: 'c2', strength: 'possible', score: 0.7 };
    renderPanel({ suggestions: [claim, possible] });
    const strengths = within(list())
      .getAllByRole('listitem')
      .map(li => li.querySelector('.suggestion-strength')?.textContent);
    expect(strengths).toEqual(['strong', 'possible']);
  });

  it('says how many are underlined in the article and how many are only listed', () => {
    const possible = (id: string): Suggestion => ({ ...claim, id, strength: 'possible' });
    const found = [claim, name, possible('p1'), possible('p2')];
    expect(strengthSummary(found, false)).toBe(
      '2 strong suggestions are underlined in the article; 2 possible ones are only listed here.',
    );
    expect(strengthSummary([claim, possible('p1')], false)).toBe(
      '1 strong suggestion is underlined in the article; 1 possible one is only listed here.',
    );
    expect(strengthSummary(found, true)).toBeNull();
    expect(strengthSummary([claim, name], false)).toBeNull();
  });

  it('underlines every suggestion once the reviewer asks, for every article', async () => {
    await db.settings.delete(UNDERLINE_ALL);
    renderPanel();
    const all = screen.getByRole('checkbox', { name: 'Underline all suggestions in the article' });
    expect((all as HTMLInputElement).checked).toBe(false);
    fireEvent.click(all);
    await waitFor(async () => expect((await db.settings.get(UNDERLINE_ALL))?.value).toBe(true));
    await waitFor(() => expect((all as HTMLInputElement).checked).toBe(true));
    fireEvent.click(all);
    await waitFor(async () => expect((await db.settings.get(UNDERLINE_ALL))?.value).toBe(false));
  });
});

describe('SuggestionsPanel for a long article', () => {
  it('waits for the reviewer to ask, and says why', () => {
    const onStart = vi.fn();
    renderPanel({
      suggestions: [],
      deferred: { message: 'This article is long (1,000 k characters).', onStart },
    });
    expect(screen.getByText(/This article is long/)).toBeTruthy();
    expect(screen.queryByText('No suggestions for this article.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Find claims to check' }));
    expect(onStart).toHaveBeenCalledOnce();
  });
});
