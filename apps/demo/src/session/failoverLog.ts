import type { RegionId, RegionRouter } from '@globalkit/regions';

/** One move of the visitor's traffic from a region to another (or to none). */
export interface FailoverEntry {
  readonly id: number;
  readonly at: number;
  readonly from: RegionId | null;
  readonly to: RegionId | null;
  readonly reason: 'health' | 'request';
}

/** An append-only, subscribable record of a router's failovers. */
export interface FailoverLog {
  subscribe(listener: () => void): () => void;
  getSnapshot(): readonly FailoverEntry[];
  dispose(): void;
}

/**
 * Starts recording at once (not when the Status page mounts), so events
 * that happen while the visitor is on another page are not lost.
 */
export function createFailoverLog(router: RegionRouter, now: () => number = Date.now): FailoverLog {
  let entries: readonly FailoverEntry[] = [];
  const listeners = new Set<() => void>();
  const unsubscribe = router.subscribe((_status, event) => {
    if (event.type !== 'failover') return;
    entries = [
      ...entries,
      { id: entries.length + 1, at: now(), from: event.from, to: event.to, reason: event.reason },
    ];
    for (const listener of listeners) listener();
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => entries,
    dispose: unsubscribe,
  };
}
