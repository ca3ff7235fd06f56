import type { RegionId } from './regions';
import type { ResidencyZoneId } from './residencyZones';

/**
 * Rejection of `router.fetch()` when every candidate region is down.
 *
 * In an enforced zone this is the residency guarantee at work: the router
 * had healthy regions elsewhere but refused to send the user's request out
 * of their zone. Show an outage message and retry later; do not work
 * around it by calling another zone's region directly.
 */
export class NoHealthyRegionError extends Error {
  override readonly name = 'NoHealthyRegionError';
  /** The residency zone the request had to stay in. */
  readonly zone: ResidencyZoneId;
  /** Whether `zone` is enforced (so other zones were never considered). */
  readonly enforced: boolean;
  /** Every region that was tried or considered, in priority order; all down. */
  readonly candidates: readonly RegionId[];

  constructor(zone: ResidencyZoneId, candidates: readonly RegionId[], enforced: boolean) {
    super(
      `No healthy region: every candidate (${candidates.join(', ')}) is down.${
        enforced ? ` Residency zone "${zone}" is enforced, so no other zone was tried.` : ''
      }`,
    );
    this.zone = zone;
    this.enforced = enforced;
    this.candidates = candidates;
  }
}
