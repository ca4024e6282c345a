// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/store/db';
import { addExtraPerson, getExtraPeople } from '../../../../src/store/suggestion-store';
import { ReferenceNamesDialog } from '../../../../src/ui/suggestions/ReferenceNamesDialog';

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});
afterEach(cleanup);

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('ReferenceNamesDialog', () => {
  it('adds a name with its office to the stored list and shows it', async () => {
    render(<ReferenceNamesDialog onClose={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Reference names' })).toBeTruthy();
    await screen.findByText('You have not added any names.');
    type('Name', 'Robert Habeck');
    type('Office (optional)', 'Vice-Chancellor');
    fireEvent.click(screen.getByRole('button', { name: 'Add name' }));
    await screen.findByRole('button', { name: 'Remove “Robert Habeck”' });
    expect(await getExtraPeople()).toEqual([{ name: 'Robert Habeck', office: 'Vice-Chancellor' }]);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  it('says why a name was refused', async () => {
    await addExtraPerson({ name: 'Robert Habeck' });
    render(<ReferenceNamesDialog onClose={vi.fn()} />);
    type('Name', 'Robert Habeck');
    fireEvent.click(screen.getByRole('button', { name: 'Add name' }));
    expect((await screen.findByRole('alert')).textContent).toContain('already on the list');
  });

  it('removes a name and closes with Done', async () => {
    await addExtraPerson({ name: 'Ada Lovelace' });
    const onClose = vi.fn();
    render(<ReferenceNamesDialog onClose={onClose} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove “Ada Lovelace”' }));
    await screen.findByText('You have not added any names.');
    expect(await getExtraPeople()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('says a failed write in plain words, the browser’s own under Details, on Add and on Remove', async () => {
    await addExtraPerson({ name: 'Ada Lovelace' });
    render(<ReferenceNamesDialog onClose={vi.fn()} />);
    const remove = await screen.findByRole('button', { name: 'Remove “Ada Lovelace”' });
    const failed = new DOMException('Internal error opening backing store.', 'UnknownError');
    const put = vi.spyOn(db.settings, 'put').mockRejectedValue(failed);
    try {
      type('Name', 'Robert Habeck');
      fireEvent.click(screen.getByRole('button', { name: 'Add name' }));
      const added = await screen.findByRole('alert');
      expect(added.textContent).toContain('Not added: The browser’s storage refused the change.');
      expect(added.querySelector('details pre')?.textContent).toContain(
        'UnknownError: Internal error opening backing store.',
      );
      fireEvent.click(remove);
      await vi.waitFor(() =>
        expect(screen.getByRole('alert').textContent).toContain(
          'Not removed: The browser’s storage refused the change.',
        ),
      );
      expect(await getExtraPeople()).toEqual([{ name: 'Ada Lovelace' }]);
    } finally {
      put.mockRestore();
    }
  });
});
