// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldsOf, type AnnotationFields } from '../../../../src/model/annotation-fields';
import { textOffset } from '../../../../src/model/offsets';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { db } from '../../../../src/store/db';
import { saveAnnotation } from '../../../../src/store/save-annotation';
import { AnnotationEditor } from '../../../../src/ui/annotations/AnnotationEditor';

const target = {
  start: textOffset(0),
  end: textOffset(15),
  exact: 'Robert Hallbeck',
  prefix: '',
  suffix: ', the economy minister',
};

/** The editor of a new annotation, saving through the store as the workspace does. */
function renderEditor(on = target) {
  const onSave = vi.fn((fields: AnnotationFields, opened: AnnotationFields) =>
    saveAnnotation({ mode: 'new', target: on }, fields, opened, {
      articleId: 'art',
      scale: DEFAULT_VERDICT_SCALE,
      reviewer: 'Ada',
    }),
  );
  render(
    <AnnotationEditor
      annotation={undefined}
      target={on}
      initial={fieldsOf()}
      scale={DEFAULT_VERDICT_SCALE}
      onSave={onSave}
      onCancel={vi.fn()}
      onDelete={vi.fn()}
    />,
  );
  return { onSave };
}

beforeEach(async () => {
  await db.annotations.clear();
});
afterEach(cleanup);

describe('AnnotationEditor', () => {
  it('labels every field the reviewer fills in', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    for (const label of [
      'Verdict',
      'Note',
      'Tags',
      'Source URL',
      'Source title',
      'Publisher',
      'Quoted passage',
      'Stance',
      'Accessed',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByRole('group', { name: 'Kind' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Status' })).toBeTruthy();
  });

  it('shows the store’s refusal of a javascript: source at the field, and nothing is saved', async () => {
    const { onSave } = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    fireEvent.change(screen.getByLabelText('Source URL'), {
      target: { value: 'javascript:alert(1)' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Only http:// and https:// links can be sources.',
    );
    expect(screen.getByLabelText('Source URL').getAttribute('aria-invalid')).toBe('true');
    expect(await onSave.mock.results[0]?.value).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
    expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(false);
  });

  it('says at the note that it is too long, and does not save', async () => {
    const { onSave } = renderEditor();
    const note = screen.getByLabelText('Note');
    fireEvent.change(note, { target: { value: 'n'.repeat(100_001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const message = await screen.findByRole('alert');
    expect(message.textContent).toBe(
      'A note can be at most 100,000 characters; this one has 100,001.',
    );
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.getAttribute('aria-describedby')).toContain(message.id);
    // the store refuses it (it validates once, for every caller): nothing is written
    expect(await onSave.mock.results[0]?.value).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
  });

  it('says at once when the selected passage is too long to annotate, and does not save', async () => {
    const long = 'x'.repeat(10_001);
    const { onSave } = renderEditor({ ...target, end: textOffset(10_001), exact: long });
    expect(screen.getByRole('alert').textContent).toBe(
      'A passage of at most 10,000 characters can be annotated; this one has 10,001. Select a shorter one.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await new Promise(resolve => setTimeout(resolve, 10));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('asks a correction for the corrected text and saves it', async () => {
    const { onSave } = renderEditor();
    fireEvent.click(screen.getByRole('radio', { name: 'Correction' }));
    expect(screen.queryByLabelText('Verdict')).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Correction' }), {
      target: { value: 'Robert Habeck' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    // what was typed, and what the form showed when it opened
    expect(onSave.mock.calls[0]).toMatchObject([
      { kind: 'correction', correction: 'Robert Habeck' },
      { kind: 'claim', correction: '' },
    ]);
    await vi.waitFor(async () =>
      expect(await db.annotations.toArray()).toMatchObject([
        { kind: 'correction', correction: 'Robert Habeck', creator: 'Ada' },
      ]),
    );
  });
});
