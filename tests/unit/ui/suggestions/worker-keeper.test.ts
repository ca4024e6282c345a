import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerKeeper, type KeptWorker } from '../../../../src/ui/suggestions/worker-keeper';

class FakeWorker implements KeptWorker {
  onmessage: KeptWorker['onmessage'] = () => undefined;
  onerror: KeptWorker['onerror'] = () => undefined;
  terminated = false;
  terminate() {
    this.terminated = true;
  }
}

describe('WorkerKeeper', () => {
  let made: FakeWorker[];
  let keeper: WorkerKeeper<FakeWorker>;
  beforeEach(() => {
    vi.useFakeTimers();
    made = [];
    keeper = new WorkerKeeper(() => {
      const w = new FakeWorker();
      made.push(w);
      return w;
    }, 1000);
  });
  afterEach(() => vi.useRealTimers());

  it('gives the worker of the last good run to the next, without loading another', () => {
    const first = keeper.take();
    keeper.giveBack(first);
    expect(keeper.take()).toBe(first);
    expect(made).toHaveLength(1);
    expect(first.terminated).toBe(false);
  });

  it('clears the last run’s handlers, so its answer cannot reach the next run', () => {
    const w = keeper.take();
    keeper.giveBack(w);
    expect(w.onmessage).toBeNull();
    expect(w.onerror).toBeNull();
  });

  it('keeps one worker: two runs side by side load two, and the second back is ended', () => {
    const a = keeper.take();
    const b = keeper.take();
    expect(a).not.toBe(b);
    keeper.giveBack(a);
    keeper.giveBack(b);
    expect(b.terminated).toBe(true);
    expect(keeper.take()).toBe(a);
  });

  it('ends a worker kept unused for its time, and loads a new one after', () => {
    const w = keeper.take();
    keeper.giveBack(w);
    vi.advanceTimersByTime(999);
    expect(w.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(w.terminated).toBe(true);
    expect(keeper.take()).not.toBe(w);
    expect(made).toHaveLength(2);
  });

  it('does not end a worker taken again before its time is up', () => {
    const w = keeper.take();
    keeper.giveBack(w);
    vi.advanceTimersByTime(500);
    expect(keeper.take()).toBe(w);
    vi.advanceTimersByTime(5000);
    expect(w.terminated).toBe(false);
  });
});
