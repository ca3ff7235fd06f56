import { REGIONS } from './regions';
import type { RegionId } from './regions';

/**
 * Base URL of every region's reference API (`apps/regional-api`) when all
 * seven run locally (`pnpm --filter ./apps/regional-api start:all`):
 * `http://localhost:<devPort>`. The router uses these when no `baseUrls`
 * are given, so a local setup needs no configuration.
 */
export const DEV_BASE_URLS: Readonly<Record<RegionId, string>> = /* @__PURE__ */ Object.fromEntries(
  REGIONS.map((region) => [region.id, `http://localhost:${region.devPort}`]),
) as Record<RegionId, string>;
