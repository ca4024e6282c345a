import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/editor/schema';
import { opensWithTitle } from '../../../src/editor/opens-with-title';

const doc = (first: { type: string; text: string }) =>
  articleSchema.nodeFromJSON({
    type: 'doc',
    content: [
      {
        type: first.type,
        ...(first.type === 'heading' && { attrs: { level: 1 } }),
        content: [{ type: 'text', text: first.text }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] },
    ],
  });

describe('opensWithTitle', () => {
  it('is true for a first heading that reads like the title, case and spacing aside', () => {
    expect(
      opensWithTitle(
        doc({ type: 'heading', text: 'US asks  Japan\nto curb chips' }),
        'us asks Japan to curb chips',
      ),
    ).toBe(true);
  });

  it('is false for another heading, or for a paragraph with the title’s words', () => {
    expect(opensWithTitle(doc({ type: 'heading', text: 'Another headline' }), 'The title')).toBe(
      false,
    );
    expect(opensWithTitle(doc({ type: 'paragraph', text: 'The title' }), 'The title')).toBe(false);
  });
});
