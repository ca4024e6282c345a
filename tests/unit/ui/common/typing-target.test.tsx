// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_TEXT_CLASS } from '../../../../src/editor/read-only-plugin';
import { isTypingTarget } from '../../../../src/ui/common/typing-target';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isTypingTarget', () => {
  it('is true for text fields and rich text outside the article, false elsewhere', () => {
    document.body.innerHTML = `
      <div class="${ARTICLE_TEXT_CLASS}" contenteditable="true"><p id="para">text</p></div>
      <input id="field" /><input id="box" type="checkbox" /><textarea id="note"></textarea>
      <div id="rich" contenteditable="true"></div><button id="button">Button</button>`;
    const is = (id: string) => isTypingTarget(document.getElementById(id));
    expect([is('field'), is('note'), is('rich')]).toEqual([true, true, true]);
    expect([is('box'), is('button'), is('para')]).toEqual([false, false, false]);
    expect(isTypingTarget(document.querySelector(`.${ARTICLE_TEXT_CLASS}`))).toBe(false);
  });
});
