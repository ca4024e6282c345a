// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/store/db';
import { setDeskSync } from '../../../../src/store/desk-sync-settings';
import { DeskArticles } from '../../../../src/ui/sync/DeskArticles';
import { freePort } from '../../../fixtures/desk';

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});
afterEach(cleanup);

describe('DeskArticles', () => {
  it('shows nothing while sync is off', async () => {
    const { container } = render(<DeskArticles onImport={vi.fn()} notify={vi.fn()} />);
    await new Promise(r => setTimeout(r, 50));
    expect(container.innerHTML).toBe('');
  });

  it('says in plain words that the desk could not be reached, its address under Details', async () => {
    // a port nothing listens on
    await setDeskSync({ url: `ws://127.0.0.1:${await freePort()}`, token: 'a-token' });
    render(<DeskArticles onImport={vi.fn()} notify={vi.fn()} />);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.querySelector('p')?.textContent).toBe('The desk could not be reached.');
    expect(alert.querySelector('details pre')?.textContent).toMatch(
      /127\.0\.0\.1:\d+\/desk\/articles/,
    );
    expect(alert.textContent).not.toContain('a-token');
    expect(screen.getByRole('heading', { name: 'On the desk' })).toBeTruthy();
  });
});
