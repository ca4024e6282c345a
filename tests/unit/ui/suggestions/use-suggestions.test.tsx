// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferencePerson, Suggestion } from '../../../../src/model/claim-spotting/types';
import { textOffset } from '../../../../src/model/offsets';
import type { SpotRequest } from '../../../../src/ui/suggestions/spot-worker';
import { useSuggestions, type Spotter } from '../../../../src/ui/suggestions/use-suggestions';

afterEach(cleanup);

const people: readonly ReferencePerson[] = [{ name: 'Robert Habeck' }];
const found = (text: string): Suggestion[] => [
  {
    id: `c-${text}`,
    kind: 'claim',
    start: textOffset(0),
    end: textOffset(text.length),
    exact: text,
    score: 0.9,
    strength: 'strong',
    reasons: ['number'],
  },
];

/** A spotter whose runs the test answers by hand. */
function handSpotter() {
  const runs: {
    request: SpotRequest;
    signal: AbortSignal;
    answer: () => void;
    fail: () => void;
  }[] = [];
  const spot: Spotter = (request, signal) =>
    new Promise((resolve, reject) =>
      runs.push({
        request,
        signal,
        answer: () => resolve(found(request.text)),
        fail: () => reject(new Error('the worker crashed')),
      }),
    );
  return { spot, runs };
}

describe('useSuggestions', () => {
  it('is running until the spotter answers, then gives its suggestions', async () => {
    const { spot, runs } = handSpotter();
    const { result } = renderHook(() =>
      useSuggestions({ id: 'a', text: 'Ten.' }, true, people, spot),
    );
    expect(result.current.suggestions).toBeNull();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.request).toEqual({ text: 'Ten.', people });
    await act(async () => runs[0]?.answer());
    expect(result.current.suggestions?.map(s => s.exact)).toEqual(['Ten.']);
    expect(performance.getEntriesByName('fm:spot')).not.toHaveLength(0);
  });

  it('runs once per text, cancelling the run of the text before', async () => {
    const { spot, runs } = handSpotter();
    const { result, rerender } = renderHook(
      ({ text }) => useSuggestions({ id: 'a', text }, true, people, spot),
      { initialProps: { text: 'One.' } },
    );
    rerender({ text: 'One.' });
    expect(runs).toHaveLength(1);
    rerender({ text: 'Two.' });
    expect(runs).toHaveLength(2);
    expect(runs[0]?.signal.aborted).toBe(true);
    // a late answer for the old text is never shown
    await act(async () => runs[0]?.answer());
    expect(result.current.suggestions).toBeNull();
    await act(async () => runs[1]?.answer());
    expect(result.current.suggestions?.map(s => s.exact)).toEqual(['Two.']);
  });

  it('cancels its run when unmounted', () => {
    const { spot, runs } = handSpotter();
    const { unmount } = renderHook(() =>
      useSuggestions({ id: 'a', text: 'x' }, true, people, spot),
    );
    unmount();
    expect(runs[0]?.signal.aborted).toBe(true);
  });

  it('reports a failed run as an error in plain words, the worker’s own to the console', async () => {
    const { spot, runs } = handSpotter();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result } = renderHook(() => useSuggestions({ id: 'a', text: 'x' }, true, people, spot));
    await act(async () => runs[0]?.fail());
    expect(result.current).toEqual({
      suggestions: [],
      error:
        'Suggestions are unavailable for this article: the claim spotter stopped. Reload the page to try again; annotating works as before.',
    });
    expect(String(logged.mock.calls[0]?.[1])).toContain('the worker crashed');
    logged.mockRestore();
  });

  it('does not run when suggestions are off', () => {
    const spot = vi.fn<Spotter>();
    const { result } = renderHook(() =>
      useSuggestions({ id: 'a', text: 'x' }, false, people, spot),
    );
    expect(spot).not.toHaveBeenCalled();
    expect(result.current).toEqual({ suggestions: [] });
  });
});
