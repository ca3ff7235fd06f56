import type { RegionHealth } from '@globalkit/regions';

/** What a status row shows: the router's state, with "degraded" for a region that answers but badly. */
export type DisplayState = 'up' | 'down' | 'degraded' | 'unknown';

/** Latency above this reads as degraded (the regional API answers in a few ms when well). */
export const SLOW_MS = 1000;

export function displayStateOf(
  health: Pick<RegionHealth, 'state' | 'consecutiveFailures' | 'latencyMs'>,
): DisplayState {
  if (health.state === 'down') return 'down';
  if (health.consecutiveFailures > 0) return 'degraded';
  if (health.state === 'unknown') return 'unknown';
  return health.latencyMs !== null && health.latencyMs > SLOW_MS ? 'degraded' : 'up';
}
