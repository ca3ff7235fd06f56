interface SchedulerWithYield {
  readonly yield?: () => Promise<void>;
}

/**
 * Ends the current task, so the browser can paint and handle input, and
 * resumes in a new one: `scheduler.yield()` where the browser has it (the
 * continuation runs ahead of other queued tasks), else a zero-delay timeout.
 * Boot uses it to cut its start-up work into tasks shorter than the 50 ms that
 * count as blocking.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
