// Shared by the router test files: a router on the fake backend (DE by default)
// that records every event, plus a lookup of one candidate's health.
import { createRegionRouter } from '../createRegionRouter';
import type { RegionRouterEvent, RegionRouterOptions } from '../routerTypes';
import type { FakeRegionBackend } from './createFakeRegionBackend';

export function createRouterHarness(backend: FakeRegionBackend, options: RegionRouterOptions = {}) {
  const router = createRegionRouter({ jurisdiction: 'DE', fetch: backend.fetch, ...options });
  const events: RegionRouterEvent[] = [];
  router.subscribe((_status, event) => events.push(event));
  const health = (id: string) => router.status().candidates.find((candidate) => candidate.id === id);
  return { router, events, health };
}
