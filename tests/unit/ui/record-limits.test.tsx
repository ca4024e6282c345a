// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkMeta } from '../../../src/ui/article/article-meta';
import { ReviewerNameDialog } from '../../../src/ui/workspace/ReviewerNameDialog';

// Issue 15, defect 3: the article's details and the reviewer's name are records too,
// held to the same limits as the import, with the message where they are typed.

afterEach(cleanup);

describe('the article details form', () => {
  it('refuses a title, publisher or author longer than a name may be, and an overlong address', () => {
    const result = checkMeta({
      title: 't'.repeat(1001),
      publisher: 'p'.repeat(1001),
      author: 'a'.repeat(1001),
      sourceUrl: `https://example.org/${'u'.repeat(8000)}`,
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'A title can be at most 1,000 characters; this one has 1,001.',
        publisher: 'A publisher can be at most 1,000 characters; this one has 1,001.',
        author: 'An author can be at most 1,000 characters; this one has 1,001.',
        sourceUrl: 'A URL can be at most 8,000 characters; this one has 8,020.',
      },
    });
  });

  it('accepts them at the limit', () => {
    expect(checkMeta({ title: 't'.repeat(1000), author: 'a'.repeat(1000) }).ok).toBe(true);
  });
});

describe('the reviewer’s name', () => {
  it('says at the field when it is longer than a name may be, and does not take it', () => {
    // HTMLDialogElement.showModal is not in happy-dom's every version: the dialog shows either way
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    const onSubmit = vi.fn();
    render(<ReviewerNameDialog onSubmit={onSubmit} onCancel={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'N'.repeat(1001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert', { hidden: true }).textContent).toBe(
      'A name can be at most 1,000 characters; this one has 1,001.',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
