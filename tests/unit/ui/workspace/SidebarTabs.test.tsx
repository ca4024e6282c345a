// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SidebarTabs, panelId, tabCount } from '../../../../src/ui/workspace/SidebarTabs';

function Harness() {
  const [selected, setSelected] = useState<'a' | 's'>('a');
  return (
    <SidebarTabs
      label="Sidebar"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'a', label: 'Annotations', count: 12 },
        { id: 's', label: 'Suggestions', count: undefined },
      ]}
    />
  );
}

const tab = (name: RegExp) => screen.getByRole('tab', { name });

afterEach(cleanup);

describe('SidebarTabs', () => {
  it('is a labelled tab list: one selected tab in the Tab order, each naming its panel', () => {
    render(<Harness />);
    expect(screen.getByRole('tablist', { name: 'Sidebar' })).toBeTruthy();
    expect(tab(/^Annotations/).textContent).toBe('Annotations12');
    expect(tab(/^Annotations/).getAttribute('aria-selected')).toBe('true');
    expect(tab(/^Annotations/).getAttribute('aria-controls')).toBe(panelId('a'));
    expect(tab(/^Annotations/).tabIndex).toBe(0);
    // no count while it is not known
    expect(tab(/^Suggestions/).textContent).toBe('Suggestions');
    expect(tab(/^Suggestions/).tabIndex).toBe(-1);
  });

  it('selects with a click, and with the arrow keys, Home and End, moving focus along', () => {
    render(<Harness />);
    fireEvent.click(tab(/^Suggestions/));
    expect(tab(/^Suggestions/).getAttribute('aria-selected')).toBe('true');
    tab(/^Suggestions/).focus();
    fireEvent.keyDown(tab(/^Suggestions/), { key: 'ArrowRight' });
    expect(tab(/^Annotations/).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab(/^Annotations/));
    fireEvent.keyDown(tab(/^Annotations/), { key: 'ArrowLeft' });
    expect(tab(/^Suggestions/).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab(/^Suggestions/), { key: 'Home' });
    expect(tab(/^Annotations/).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab(/^Annotations/), { key: 'End' });
    expect(tab(/^Suggestions/).getAttribute('aria-selected')).toBe('true');
  });
});

describe('a tab count', () => {
  it('is exact up to 9,999 and short from 10,000, so both tabs fit the sidebar', () => {
    expect(tabCount(0)).toBe('0');
    expect(tabCount(9_999)).toBe('9,999');
    expect(tabCount(10_000)).toBe('10K');
    expect(tabCount(12_549)).toBe('12.5K');
  });
});
