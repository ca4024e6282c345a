// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../../src/ui/app/ErrorBoundary';

function Broken(): never {
  throw new RangeError('Unknown node type: marquee');
}

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('says what broke and offers the library instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error too
    const onRecover = vi.fn();
    render(
      <ErrorBoundary onRecover={onRecover}>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Unknown node type: marquee');
    expect(alert.textContent).toContain('Nothing stored was changed.');
    fireEvent.click(screen.getByRole('button', { name: 'Go to the library' }));
    expect(onRecover).toHaveBeenCalledTimes(1);
  });
});
