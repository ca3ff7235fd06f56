import { type Jurisdiction, type Region, RESIDENCY_ZONES } from '@globalkit/regions';

import { ApiError } from './errors';

/**
 * Refuses to store data for a jurisdiction outside this region's residency
 * zone when either zone is enforced (today: the EU). 421 Misdirected Request
 * says "right server software, wrong server": the client should resend to
 * `homeRegion` (or a backup in its zone), which the body names.
 *
 * Unenforced zones accept each other's traffic, so a Tokyo user can still
 * be served by us-east-1 while both APAC regions are down.
 *
 * @throws {ApiError} 421 `{ error, homeRegion }`.
 */
export function assertResidency(region: Region, jurisdiction: Jurisdiction): void {
  const servedZone = region.residencyZone;
  const userZone = jurisdiction.residencyZone;
  if (servedZone === userZone) return;
  if (!RESIDENCY_ZONES[servedZone].enforced && !RESIDENCY_ZONES[userZone].enforced) return;
  const code = jurisdiction.subdivision ?? jurisdiction.country;
  const reason = RESIDENCY_ZONES[userZone].enforced
    ? `Data for ${code} must stay in the ${userZone} residency zone; ${region.id} is in ${servedZone}`
    : `${region.id} is in the enforced ${servedZone} residency zone and stores only data homed there; ` +
      `${code} is homed in ${jurisdiction.homeRegion} (${userZone})`;
  throw new ApiError(421, reason, {
    details: { residencyZone: userZone, servedZone },
    extra: { homeRegion: jurisdiction.homeRegion },
  });
}
