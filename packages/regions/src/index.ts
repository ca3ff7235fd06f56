// Explicit named barrel: the public API is exactly what is listed here.
export { SUPPORTED_LOCALE_TAGS, isSupportedLocaleTag } from './supportedLocaleTags';
export type { SupportedLocaleTag } from './supportedLocaleTags';
export { REGIONS, REGION_IDS, PRIMARY_REGION, DEFAULT_HEALTH_CHECK } from './regions';
export type { Region, RegionId, HealthCheckSettings } from './regions';
export { getRegion, isRegionId } from './getRegion';
export { RESIDENCY_ZONES, RESIDENCY_ZONE_IDS, isResidencyZoneId } from './residencyZones';
export type { ResidencyZone, ResidencyZoneId } from './residencyZones';
export { COUNTRIES, US_SUBDIVISIONS } from './countries';
export type { Country } from './countries';
export { getCountry, isEuropeanEconomicArea } from './getCountry';
export { jurisdictionFor, DEFAULT_HOME_REGION } from './jurisdictionFor';
export type { Jurisdiction } from './jurisdictionFor';
export { DEV_BASE_URLS } from './devBaseUrls';
export { createRegionRouter } from './createRegionRouter';
export { NoHealthyRegionError } from './NoHealthyRegionError';
export type {
  RegionHealth,
  RegionHealthState,
  RegionRouter,
  RegionRouterEvent,
  RegionRouterListener,
  RegionRouterOptions,
  RegionRouterStatus,
  RegionRouterTimers,
} from './routerTypes';
