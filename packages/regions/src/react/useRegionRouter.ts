import type { RegionRouter } from '../routerTypes';
import { useRequiredRouter } from './RegionContext';

/**
 * The nearest `<RegionProvider>`'s router, to send requests
 * (`router.fetch('/api/pricing')`) or subscribe to events such as
 * `failover`. Does not re-render on status changes; use
 * `useRegionStatus()` for that.
 *
 * @throws Error when called outside `<RegionProvider>`.
 */
export function useRegionRouter(): RegionRouter {
  return useRequiredRouter('useRegionRouter');
}
