import type { ResidencyZoneId } from './residencyZones';
import type { SupportedLocaleTag } from './supportedLocaleTags';

/** Every serving region id; `us-east-1` is the primary. */
export const REGION_IDS = [
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-southeast-1',
  'ap-northeast-1',
  'me-south-1',
] as const;

/** Identifier of a serving region, e.g. `"eu-central-1"`. */
export type RegionId = (typeof REGION_IDS)[number];

/** How often and how strictly a region's `/api/health` is checked. */
export interface HealthCheckSettings {
  /** Time between two checks of the same region. */
  readonly intervalMs: number;
  /** Consecutive failed checks that mark a region down. */
  readonly failureThreshold: number;
  /** A check that takes longer than this fails. */
  readonly timeoutMs: number;
}

/** A serving region of the platform. */
export interface Region {
  readonly id: RegionId;
  /** English fallback name (UIs translate by `id`), e.g. `"US East (N. Virginia)"`. */
  readonly displayName: string;
  /** City the region's data centres are in (English). */
  readonly location: string;
  /** ISO 3166-1 alpha-2 code of the country hosting the region. */
  readonly country: string;
  readonly residencyZone: ResidencyZoneId;
  /** Failover order when this region is down; never leaves an enforced zone. */
  readonly backups: readonly RegionId[];
  /** Languages to offer, best first, when the user expressed no preference. */
  readonly languages: readonly SupportedLocaleTag[];
  /**
   * ISO 4217 currency of the host country. Only a fallback: prices follow
   * the user's jurisdiction, never the server that happens to serve them.
   */
  readonly defaultCurrency: string;
  /** Port of this region's reference API (`apps/regional-api`) on localhost. */
  readonly devPort: number;
  readonly healthCheck: HealthCheckSettings;
  /** `true` only for `us-east-1`. */
  readonly primary: boolean;
}

/**
 * Health-check defaults shared by every region and the router. Five seconds
 * of timeout leaves room for a cross-ocean TLS handshake; 30 s × 3 failures
 * means a dead region is abandoned within ~1.5 minutes without flapping on a
 * single lost packet.
 */
export const DEFAULT_HEALTH_CHECK: HealthCheckSettings = {
  intervalMs: 30_000,
  failureThreshold: 3,
  timeoutMs: 5_000,
};

/**
 * The seven serving regions, primary first.
 *
 * Backups stay inside the region's residency zone. The one exception is
 * `me-south-1`, alone in its (unenforced) zone: it falls back to Singapore,
 * then N. Virginia — never to the EU, whose enforced zone refuses (421) data
 * homed outside it.
 */
export const REGIONS: readonly Region[] = [
  {
    id: 'us-east-1',
    displayName: 'US East (N. Virginia)',
    location: 'Ashburn',
    country: 'US',
    residencyZone: 'us',
    backups: ['us-west-2'],
    languages: ['en-US', 'es', 'zh', 'fr', 'ko'],
    defaultCurrency: 'USD',
    devPort: 8101,
    healthCheck: DEFAULT_HEALTH_CHECK,
    primary: true,
  },
  {
    id: 'us-west-2',
    displayName: 'US West (Oregon)',
    location: 'Boardman',
    country: 'US',
    residencyZone: 'us',
    backups: ['us-east-1'],
    languages: ['en-US', 'es', 'zh', 'ko', 'ja'],
    defaultCurrency: 'USD',
    devPort: 8102,
    healthCheck: DEFAULT_HEALTH_CHECK,
    primary: false,
  },
  {
    id: 'eu-west-1',
    displayName: 'Europe (Ireland)',
    location: 'Dublin',
    country: 'IE',
    residencyZone: 'eu',
    backups: ['eu-central-1'],
    languages: ['en-GB', 'fr', 'es', 'it', 'de'],
    defaultCurrency: 'EUR',
    devPort: 8103,
    healthCheck: DEFAULT_HEALTH_CHECK,
    primary: false,
  },
  {
    id: 'eu-central-1',
    displayName: 'Europe (Frankfurt)',
    location: 'Frankfurt',
    country: 'DE',
    residencyZone: 'eu',
    backups: ['eu-west-1'],
    languages: ['de', 'en-GB', 'fr', 'it', 'es'],
    defaultCurrency: 'EUR',
    devPort: 8104,
    healthCheck: DEFAULT_HEALTH_CHECK,
    primary: false,
  },
  {
    id: 'ap-southeast-1',
    displayName: 'Asia Pacific (Singapore)',
    location: 'Singapore',
    country: 'SG',
    residencyZone: 'apac',
    backups: ['ap-northeast-1'],
    languages: ['en-GB', 'zh', 'ms', 'hi'],
    defaultCurrency: 'SGD',
    devPort: 8105,
    healthCheck: DEFAULT_HEALTH_CHECK,
    primary: false,
  },
  {
    id: 'ap-northeast-1',
    displayName: 'Asia Pacific (Tokyo)',
    location: 'Tokyo',
    country: 'JP',
    residencyZone: 'apac',
    backups: ['ap-southeast-1'],
    languages: ['ja', 'ko', 'zh', 'en-US'],
    defaultCurrency: 'JPY',
    devPort: 8106,
    healthCheck: DEFAULT_HEALTH_CHECK,
    primary: false,
  },
  {
    id: 'me-south-1',
    displayName: 'Middle East (Bahrain)',
    location: 'Manama',
    country: 'BH',
    residencyZone: 'me',
    // Never an EU region: the EU zone is enforced both ways, so an EU server
    // refuses (421) writes for jurisdictions homed outside the EU.
    backups: ['ap-southeast-1', 'us-east-1'],
    languages: ['ar', 'en-US', 'fa', 'he'],
    defaultCurrency: 'BHD',
    devPort: 8107,
    healthCheck: DEFAULT_HEALTH_CHECK,
    primary: false,
  },
];

/** The primary region, `us-east-1`: the default home of unknown jurisdictions. */
export const PRIMARY_REGION: RegionId = 'us-east-1';
