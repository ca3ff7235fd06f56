import { REGION_IDS, REGIONS } from './regions';
import type { Region, RegionId } from './regions';
import { describeInput } from './describeInput';

/** Whether `value` is one of the seven {@link REGION_IDS} (exact, case-sensitive). */
export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

/**
 * Looks up a region in {@link REGIONS}.
 *
 * @throws RangeError for anything but one of the seven region ids; the
 *   message lists the valid ids so a typo is a one-glance fix.
 */
export function getRegion(id: RegionId): Region {
  const region = isRegionId(id) ? REGIONS.find((candidate) => candidate.id === id) : undefined;
  if (!region) {
    throw new RangeError(
      `getRegion: id must be a region id (${REGION_IDS.join(', ')}), got ${describeInput(id)}.`,
    );
  }
  return region;
}
