import { useSyncExternalStore } from 'react';

import type { RegionId } from '../regions';
import { useRequiredRouter } from './RegionContext';

/**
 * The region the nearest `<RegionProvider>`'s router sends requests to, or
 * `null` when every candidate is down. Re-renders only when that changes (a
 * failover), not on every health check as {@link useRegionStatus} does — use
 * it for what shows the serving region, such as a header.
 *
 * The status is an external store whose updates React renders synchronously,
 * so a component with a large subtree that re-renders on each check blocks
 * the page for a whole render several times during load.
 *
 * @throws Error when called outside `<RegionProvider>`.
 */
export function useActiveRegion(): RegionId | null {
  const router = useRequiredRouter('useActiveRegion');
  const active = () => router.status().active;
  return useSyncExternalStore(router.subscribe, active, active);
}
