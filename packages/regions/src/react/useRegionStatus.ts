import { useSyncExternalStore } from 'react';

import type { RegionRouterStatus } from '../routerTypes';
import { useRequiredRouter } from './RegionContext';

/**
 * The live status of the nearest `<RegionProvider>`'s router: active
 * region, zone and per-candidate health. Re-renders on every change
 * (checks, failures, failovers) and is tearing-free under concurrent
 * rendering. What needs only the serving region should use
 * `useActiveRegion()`, which does not re-render on each check.
 *
 * @throws Error when called outside `<RegionProvider>`.
 */
export function useRegionStatus(): RegionRouterStatus {
  const router = useRequiredRouter('useRegionStatus');
  return useSyncExternalStore(router.subscribe, router.status, router.status);
}
