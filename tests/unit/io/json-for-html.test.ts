import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapedForHtmlLength, escapeJsonForHtml } from '../../../src/io/json-for-html';

describe('JSON text for HTML', () => {
  it('escapes what could end a script element or a string literal, and reads back the same', () => {
    const value = { quote: '</script><!-- a & b \u2028\u2029' };
    const escaped = escapeJsonForHtml(JSON.stringify(value));
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(escaped)).toEqual(value);
  });

  it('tells the escaped length without making the text, for any text', () => {
    const unsafe = fc.constantFrom('<', '>', '&', '\u2028', '\u2029', 'a', 'é', '😀');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), unsafe)), parts => {
        const json = JSON.stringify(parts.join(''));
        expect(escapedForHtmlLength(json)).toBe(escapeJsonForHtml(json).length);
      }),
    );
  });
});
