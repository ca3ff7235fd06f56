import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

// One histogram per process: the event loop is process-wide, and every app
// instance (tests create many) would otherwise start its own timer.
let histogram: IntervalHistogram | undefined;

/** Starts sampling on first use; percentiles in milliseconds since then. */
export function eventLoopDelay(): { p50Ms: number; p99Ms: number; maxMs: number } {
  if (!histogram) {
    histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
  }
  const toMs = (ns: number): number => Math.round((ns / 1e6) * 100) / 100;
  // Before the first sample the histogram reports NaN-like huge minimums;
  // an empty histogram honestly means "no delay observed yet".
  if (histogram.count === 0) return { p50Ms: 0, p99Ms: 0, maxMs: 0 };
  return {
    p50Ms: toMs(histogram.percentile(50)),
    p99Ms: toMs(histogram.percentile(99)),
    maxMs: toMs(histogram.max),
  };
}
