// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE_TEXT_CLASS } from '../../../../src/editor/read-only-plugin';
import {
  useReviewKeys,
  type ReviewKeyHandlers,
} from '../../../../src/ui/workspace/use-review-keys';

const ARTICLE = `.${ARTICLE_TEXT_CLASS}`;

let host: HTMLDivElement;
let handlers: { [K in keyof ReviewKeyHandlers]: ReturnType<typeof vi.fn> };
let unmount: () => void;

function Keys() {
  useReviewKeys(handlers as unknown as ReviewKeyHandlers);
  return (
    <div>
      <div
        className={ARTICLE_TEXT_CLASS}
        contentEditable
        suppressContentEditableWarning
        tabIndex={0}
      >
        text
      </div>
      <input id="field" />
      <input id="box" type="checkbox" />
      <textarea id="note" />
      <div id="rich" contentEditable suppressContentEditableWarning />
      <button id="button">Button</button>
    </div>
  );
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  handlers = {
    step: vi.fn(),
    openCurrent: vi.fn(() => true),
    focusSearch: vi.fn(),
    showShortcuts: vi.fn(),
    showSidebar: vi.fn(),
  };
  host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<Keys />));
  unmount = () => act(() => root.unmount());
});
afterEach(() => {
  unmount();
  host.remove();
});

const press = (selector: string, key: string, init: KeyboardEventInit = {}) => {
  const target = host.querySelector(selector) as HTMLElement;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

describe('the review shortcuts', () => {
  it('step with n and p in the article, Shift for open ones only', () => {
    press(ARTICLE, 'n');
    press(ARTICLE, 'p');
    press(ARTICLE, 'N', { shiftKey: true });
    expect(handlers.step.mock.calls).toEqual([
      [1, false],
      [-1, false],
      [1, true],
    ]);
  });

  it('never fire while typing in a field', () => {
    for (const field of ['#field', '#note', '#rich']) {
      for (const key of ['n', 'p', '/', '?'])
        expect(press(field, key).defaultPrevented).toBe(false);
    }
    expect(handlers.step).not.toHaveBeenCalled();
    expect(handlers.focusSearch).not.toHaveBeenCalled();
    expect(handlers.showShortcuts).not.toHaveBeenCalled();
  });

  it('work from a checkbox or a button, which take no text', () => {
    press('#box', '/');
    press('#button', '?');
    expect(handlers.focusSearch).toHaveBeenCalledOnce();
    expect(handlers.showShortcuts).toHaveBeenCalledOnce();
  });

  it('leave Enter to buttons, and open the current annotation from the article', () => {
    expect(press('#button', 'Enter').defaultPrevented).toBe(false);
    expect(handlers.openCurrent).not.toHaveBeenCalled();
    expect(press(ARTICLE, 'Enter').defaultPrevented).toBe(true);
    expect(handlers.openCurrent).toHaveBeenCalledOnce();
  });

  it('leave keys with Ctrl, Alt or Meta to the browser', () => {
    press(ARTICLE, 'n', { ctrlKey: true });
    press(ARTICLE, 'p', { altKey: true });
    press(ARTICLE, '/', { metaKey: true });
    expect(handlers.step).not.toHaveBeenCalled();
    expect(handlers.focusSearch).not.toHaveBeenCalled();
  });

  it('are off while a dialog is open', () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    press(ARTICLE, 'n');
    dialog.remove();
    expect(handlers.step).not.toHaveBeenCalled();
  });
});
