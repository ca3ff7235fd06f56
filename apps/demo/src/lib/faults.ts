/** A fault the status page can switch on a region (`POST /__admin/faults`). */
export type FaultAction = 'down' | 'slow' | 'errors' | 'restore';

/** Added latency of "slow": above the degraded threshold, below the router's 5 s timeout. */
export const SLOW_FAULT_MS = 2500;
/** Share of failing requests of "errors": all of them, so failover is visible at once. */
export const ERROR_FAULT_RATE = 1;

/** The request that applies `action` to the region API at `baseUrl`. */
export function faultRequest(baseUrl: string, action: FaultAction): { url: string; init: RequestInit } {
  const url = `${baseUrl}/__admin/faults`;
  if (action === 'restore') return { url, init: { method: 'DELETE' } };
  const body =
    action === 'down'
      ? { down: true }
      : action === 'slow'
        ? { latencyMs: SLOW_FAULT_MS }
        : { errorRate: ERROR_FAULT_RATE };
  return {
    url,
    init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  };
}
