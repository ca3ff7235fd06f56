import { afterEach, describe, expect, it, vi } from 'vitest';

import { yieldToBrowser } from './yieldToBrowser';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('yieldToBrowser', () => {
  it('uses scheduler.yield() where the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: schedulerYield });
    await yieldToBrowser();
    expect(schedulerYield).toHaveBeenCalledOnce();
  });

  it('otherwise resumes in a new task, after a zero-delay timeout, not in a microtask', async () => {
    vi.stubGlobal('scheduler', undefined);
    vi.useFakeTimers();
    const resumed = vi.fn();
    void yieldToBrowser().then(resumed);
    await Promise.resolve();
    await Promise.resolve();
    expect(resumed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(resumed).toHaveBeenCalledOnce();
  });
});
