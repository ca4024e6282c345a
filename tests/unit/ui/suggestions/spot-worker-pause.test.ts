import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spotPart } from '../../../../src/model/claim-spotting/spot';
import type { Busy, PartRequest, SpotResponse } from '../../../../src/ui/suggestions/spot-worker';

const TEXT = [
  'The ministry said unemployment fell by 4.2 percent last year, the largest drop since 1990.',
  'Officials met on Tuesday.',
  'Exports to Japan doubled in 2025, according to the customs office.',
].join('\n');

/** Lets the worker's queued tasks (message ports, immediates) run; timers stay frozen. */
const turns = async (n = 20) => {
  for (let i = 0; i < n; i++) await new Promise(resolve => setImmediate(resolve));
};

interface WorkerScope {
  onmessage?: (event: { data: PartRequest | Busy }) => void;
  postMessage: (message: SpotResponse) => void;
}

describe('the spot worker', () => {
  let scope: WorkerScope;
  const answers: SpotResponse[] = [];

  beforeEach(async () => {
    // only the clock is faked: the worker's message ports and setImmediate run for real
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    answers.length = 0;
    scope = { postMessage: m => void answers.push(m) };
    vi.stubGlobal('self', scope);
    vi.resetModules();
    await import('../../../../src/ui/suggestions/spot-worker');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('holds a pausable answer while the reviewer is at work, and gives it at their pause', async () => {
    const split = TEXT.indexOf('\n') + 1;
    const parts: [number, number][] = [
      [0, split],
      [split, TEXT.length],
    ];
    const { port1, port2 } = new MessageChannel();
    const request: PartRequest = {
      text: TEXT,
      people: [],
      pausable: true,
      parts,
      part: 0,
      ports: [port1],
    };
    scope.onmessage?.({ data: request });
    await turns(); // the lead spots its own part and waits for the other's
    expect(answers).toHaveLength(0);

    // the reviewer scrolls; then the other part's result arrives: the answer is ready
    scope.onmessage?.({ data: { busyUntil: Date.now() + 1_000 } });
    const other = spotPart(TEXT, { people: [] }, split, TEXT.length);
    port2.postMessage({ part: 1, result: other });
    await turns();
    expect(answers).toHaveLength(0);

    // still at work: a new word from the page moves the pause further
    await vi.advanceTimersByTimeAsync(600);
    scope.onmessage?.({ data: { busyUntil: Date.now() + 1_000 } });
    await vi.advanceTimersByTimeAsync(600);
    await turns();
    expect(answers).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(500);
    await turns();
    expect(answers).toHaveLength(1);
    const answer = answers[0] as SpotResponse;
    if ('error' in answer) throw new Error(answer.error);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    port1.close();
    port2.close();
  });

  it('answers a run that is not pausable at once, whatever the page says', async () => {
    const { port1, port2 } = new MessageChannel();
    const parts: [number, number][] = [[0, TEXT.length]];
    scope.onmessage?.({ data: { busyUntil: Date.now() + 60_000 } });
    scope.onmessage?.({
      data: { text: TEXT, people: [], parts, part: 0, ports: [] } satisfies PartRequest,
    });
    await turns();
    expect(answers).toHaveLength(1);
    port1.close();
    port2.close();
  });
});
