import type { RegionId } from './regions';

/** Identifier of a data-residency zone. */
export type ResidencyZoneId = 'eu' | 'us' | 'apac' | 'me';

/** A group of serving regions that a user's data may move between. */
export interface ResidencyZone {
  readonly id: ResidencyZoneId;
  /** English fallback name; UIs translate by `id`. */
  readonly displayName: string;
  /** The regions inside the zone, in no particular priority. */
  readonly regions: readonly RegionId[];
  /**
   * When `true`, data and requests of a jurisdiction in this zone never leave
   * the zone — not even during failover; the router rather fails than
   * crosses the border.
   */
  readonly enforced: boolean;
}

/** Every residency zone id, in catalog order. */
export const RESIDENCY_ZONE_IDS: readonly ResidencyZoneId[] = ['eu', 'us', 'apac', 'me'];

/**
 * The residency zones.
 *
 * Only `eu` is enforced: GDPR Chapter V restricts transfers out of the EEA
 * (and UK GDPR / the Swiss FADP accept the EU as adequate, which is why GB
 * and CH are homed there), and the zone has two regions, so enforcing it
 * costs no availability. `us` and `apac` have no such rule for our
 * product today. `me` has a single region: enforcing it would mean no
 * failover at all for Gulf users, so it fails over to other zones until a
 * second Middle East region exists or a customer contract requires it.
 */
export const RESIDENCY_ZONES: Readonly<Record<ResidencyZoneId, ResidencyZone>> = {
  eu: {
    id: 'eu',
    displayName: 'European Union',
    regions: ['eu-west-1', 'eu-central-1'],
    enforced: true,
  },
  us: {
    id: 'us',
    displayName: 'United States',
    regions: ['us-east-1', 'us-west-2'],
    enforced: false,
  },
  apac: {
    id: 'apac',
    displayName: 'Asia Pacific',
    regions: ['ap-southeast-1', 'ap-northeast-1'],
    enforced: false,
  },
  me: {
    id: 'me',
    displayName: 'Middle East',
    regions: ['me-south-1'],
    enforced: false,
  },
};

/** Whether `value` is one of {@link RESIDENCY_ZONE_IDS}. */
export function isResidencyZoneId(value: unknown): value is ResidencyZoneId {
  return typeof value === 'string' && (RESIDENCY_ZONE_IDS as readonly string[]).includes(value);
}
