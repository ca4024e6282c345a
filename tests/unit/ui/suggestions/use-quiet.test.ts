// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useQuietFor } from '../../../../src/ui/suggestions/use-quiet';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const press = () => act(() => void document.dispatchEvent(new KeyboardEvent('keydown')));

describe('useQuietFor', () => {
  it('turns true after a pause with no activity, each key press or scroll starting it again', () => {
    const { result } = renderHook(() => useQuietFor(1000, true, 'a'));
    wait(900);
    press();
    wait(900);
    act(() => void document.dispatchEvent(new Event('scroll')));
    wait(900);
    expect(result.current).toBe(false);
    wait(200);
    expect(result.current).toBe(true);
    // once quiet, activity does not take it back: the work it started goes on
    press();
    wait(100);
    expect(result.current).toBe(true);
  });

  it('does not watch while told not to, and starts again for another key', () => {
    const { result, rerender } = renderHook(
      ({ watching, key }) => useQuietFor(1000, watching, key),
      { initialProps: { watching: false, key: 'a' } },
    );
    wait(5000);
    expect(result.current).toBe(false);
    rerender({ watching: true, key: 'a' });
    wait(1000);
    expect(result.current).toBe(true);
    rerender({ watching: true, key: 'b' });
    expect(result.current).toBe(false);
    wait(1000);
    expect(result.current).toBe(true);
  });
});
