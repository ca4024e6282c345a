// @vitest-environment happy-dom
import { cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldsOf } from '../../../../src/model/annotation-fields';
import { textOffset } from '../../../../src/model/offsets';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { createAnnotation } from '../../../../src/store/annotations';
import { db } from '../../../../src/store/db';
import { getSetting, setSetting } from '../../../../src/store/settings';
import { VERDICT_SCALE, saveVerdictScale } from '../../../../src/store/verdict-scale-store';
import { ScaleSettings } from '../../../../src/ui/scale/ScaleSettings';
import { useVerdictScale } from '../../../../src/ui/scale/use-verdict-scale';

function renderSettings() {
  const onClose = vi.fn();
  render(<ScaleSettings scale={DEFAULT_VERDICT_SCALE} onClose={onClose} />);
  return { onClose };
}

const labels = () =>
  screen
    .getAllByRole('textbox', { name: /^Label of verdict/ })
    .map(i => (i as HTMLInputElement).value);
const stored = () => getSetting<{ id: string; label: string }[]>(VERDICT_SCALE);
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});
afterEach(cleanup);

describe('ScaleSettings', () => {
  it('shows the scale in a dialog named “Verdict scale”', () => {
    renderSettings();
    expect(screen.getByRole('dialog', { name: 'Verdict scale' })).toBeTruthy();
    expect(labels()).toEqual(DEFAULT_VERDICT_SCALE.map(v => v.label));
    expect(screen.getByLabelText('ClaimReview rating of verdict 1')).toBeTruthy();
    expect(screen.getByLabelText('“Unverifiable” counts as a verdict')).toBeTruthy();
  });

  it('saves an edited label and closes', async () => {
    const { onClose } = renderSettings();
    fireEvent.change(screen.getByLabelText('Label of verdict 3'), {
      target: { value: 'Needs context' },
    });
    save();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    const scale = await stored();
    expect(scale?.[2]).toMatchObject({ id: 'mixed', label: 'Needs context' });
  });

  it('moves a verdict up, keeping the focus on its button', async () => {
    const { onClose } = renderSettings();
    const up = screen.getByRole('button', { name: 'Move “False” up' });
    up.focus();
    fireEvent.click(up);
    expect(labels().slice(3, 6)).toEqual(['Misleading', 'False', 'Mostly false']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “False” up' }));
    save();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await stored())?.map(v => v.id).slice(4, 6)).toEqual(['false', 'mostly-false']);
  });

  it('adds a verdict whose id comes from its label', async () => {
    const { onClose } = renderSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Add verdict' }));
    const label = screen.getByLabelText('Label of verdict 8');
    expect(document.activeElement).toBe(label);
    fireEvent.change(label, { target: { value: 'Half true' } });
    save();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await stored())?.[7]).toMatchObject({ id: 'half-true', label: 'Half true' });
  });

  it('stops adding at nine verdicts', () => {
    renderSettings();
    const add = screen.getByRole('button', { name: 'Add verdict' });
    fireEvent.click(add);
    fireEvent.click(add);
    expect(labels()).toHaveLength(9);
    expect((add as HTMLButtonElement).disabled).toBe(true);
  });

  it('removes a verdict no annotation uses', async () => {
    renderSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Unverifiable”' }));
    await vi.waitFor(() => expect(labels()).not.toContain('Unverifiable'));
    expect(labels()).toHaveLength(6);
  });

  it('refuses to remove a verdict in use, saying why in its row, where the focus stays', async () => {
    const target = { start: textOffset(0), end: textOffset(1), exact: 'x', prefix: '', suffix: '' };
    await createAnnotation(
      'a',
      target,
      { ...fieldsOf(), verdict: 'false' },
      'Ada',
      DEFAULT_VERDICT_SCALE,
    );
    renderSettings();
    const remove = screen.getByRole('button', { name: 'Remove “False”' });
    remove.focus();
    fireEvent.click(remove);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      '“False” is the verdict of 1 annotation; give it another verdict first.',
    );
    expect(labels()).toContain('False');
    // where the reviewer is looking: beside the button, not at the foot of a long dialog
    expect(alert.closest('li')).toBe(remove.closest('li'));
    expect(document.activeElement).toBe(remove);
    expect(remove.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
  });

  it('keeps each verdict’s line style when the scale is reordered', async () => {
    const { onClose } = renderSettings();
    const swatchOf = (label: string) =>
      screen.getByDisplayValue(label).closest('li')?.querySelector('.swatch')?.className;
    const before = swatchOf('False');
    fireEvent.click(screen.getByRole('button', { name: 'Move “False” up' }));
    expect(swatchOf('False')).toBe(before);
    expect(before).toContain('fm-cue-5');
    save();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    const scale = await getSetting<{ id: string; cue: number }[]>(VERDICT_SCALE);
    expect(scale?.[4]?.id).toBe('false');
    const cues = (vs: readonly { id: string; cue?: number }[] = []) =>
      Object.fromEntries(vs.map(v => [v.id, v.cue]));
    expect(cues(scale)).toEqual(cues(DEFAULT_VERDICT_SCALE));
  });

  it('gives a new verdict a free line style, and offers only free ones', async () => {
    const { onClose } = renderSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Add verdict' }));
    fireEvent.change(screen.getByLabelText('Label of verdict 8'), {
      target: { value: 'Half true' },
    });
    const line = screen.getByLabelText('Line style of verdict 8') as HTMLSelectElement;
    const offered = [...line.options].map(o => o.value);
    expect(offered).toEqual(['7', '8']);
    fireEvent.change(line, { target: { value: '8' } });
    // the style a verdict leaves is free for the others
    expect(
      [...(screen.getByLabelText('Line style of verdict 1') as HTMLSelectElement).options].map(
        o => o.value,
      ),
    ).toEqual(['0', '7']);
    save();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await stored())?.[7]).toMatchObject({ id: 'half-true', cue: 8 });
  });

  it('refuses an invalid save and puts the focus on the problem', async () => {
    const { onClose } = renderSettings();
    fireEvent.change(screen.getByLabelText('Label of verdict 2'), { target: { value: ' ' } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: Verdict 2 needs a label.',
    );
    const label = screen.getByLabelText('Label of verdict 2');
    expect(document.activeElement).toBe(label);
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(onClose).not.toHaveBeenCalled();
    expect(await stored()).toBeUndefined();
  });

  it('refuses a colour too faint for a highlight, and says why beside it', async () => {
    const { onClose } = renderSettings();
    const hex = screen.getByLabelText('Colour of verdict 1, as hex');
    fireEvent.change(hex, { target: { value: '#eeeeee' } });
    const picker = screen.getByLabelText('Colour of verdict 1');
    const described = document.getElementById(picker.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain(
      '“True” is 1.1:1 against the page; a highlight needs 3:1. Choose a darker colour.',
    );
    save();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: “True” is 1.1:1 against the page; a highlight needs 3:1. Choose a darker colour.',
    );
    expect(document.activeElement).toBe(hex);
    expect(onClose).not.toHaveBeenCalled();
    expect(await stored()).toBeUndefined();
  });

  it('says a failed write in plain words, with the browser’s own under Details', async () => {
    const failed = new DOMException('Internal error opening backing store.', 'UnknownError');
    const put = vi.spyOn(db.settings, 'put').mockRejectedValue(failed);
    try {
      const { onClose } = renderSettings();
      fireEvent.change(screen.getByLabelText('Label of verdict 1'), { target: { value: 'Yes' } });
      save();
      const alert = await screen.findByRole('alert');
      expect(alert.querySelector('p')?.textContent).toBe(
        'Not saved: The browser’s storage refused the change. Try again; if it keeps failing, back up the library and reload the page.',
      );
      expect(alert.querySelector('details summary')?.textContent).toBe('Details');
      expect(alert.querySelector('details pre')?.textContent).toContain(
        'UnknownError: Internal error opening backing store.',
      );
      expect(onClose).not.toHaveBeenCalled();
    } finally {
      put.mockRestore();
    }
  });

  it('resets the draft to the default scale', async () => {
    renderSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Unverifiable”' }));
    await vi.waitFor(() => expect(labels()).toHaveLength(6));
    fireEvent.change(screen.getByLabelText('Label of verdict 1'), { target: { value: 'Yes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to default' }));
    expect(labels()).toEqual(DEFAULT_VERDICT_SCALE.map(v => v.label));
  });
});

describe('useVerdictScale', () => {
  it('gives the default, then the stored scale, the same object while it is unchanged', async () => {
    const { result } = renderHook(() => useVerdictScale());
    expect(result.current).toBe(DEFAULT_VERDICT_SCALE);
    const relabelled = DEFAULT_VERDICT_SCALE.map((v, i) => (i ? v : { ...v, label: 'Right' }));
    await saveVerdictScale(relabelled);
    await vi.waitFor(() => expect(result.current[0]?.label).toBe('Right'));
    const first = result.current;
    await setSetting(VERDICT_SCALE, structuredClone(relabelled));
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(result.current).toBe(first);
  });

  it('falls back to the default when the stored scale is invalid', async () => {
    await setSetting(VERDICT_SCALE, [{ id: 'x' }]);
    const { result } = renderHook(() => useVerdictScale());
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(result.current).toBe(DEFAULT_VERDICT_SCALE);
  });
});
