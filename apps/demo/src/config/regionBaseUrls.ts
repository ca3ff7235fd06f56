import { isRegionId, REGIONS } from '@globalkit/regions';
import type { RegionId } from '@globalkit/regions';

/**
 * Base URL of every region's API. Defaults to `http://127.0.0.1:<devPort>`
 * (not `localhost`: the CSP names exact origins and Node may resolve
 * localhost to ::1). `VITE_REGION_URLS` — a JSON object regionId → URL —
 * overrides any of them; malformed input is reported and ignored rather
 * than breaking the app.
 */
export function regionBaseUrls(raw: string | undefined): Record<RegionId, string> {
  const urls = Object.fromEntries(
    REGIONS.map((region) => [region.id, `http://127.0.0.1:${region.devPort}`]),
  ) as Record<RegionId, string>;
  if (raw === undefined || raw.trim() === '') return urls;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    console.warn('VITE_REGION_URLS is not valid JSON; using the default region URLs.');
    return urls;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return urls;
  for (const [id, value] of Object.entries(parsed)) {
    if (isRegionId(id) && typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value)) {
      urls[id] = value.replace(/\/+$/, '');
    } else {
      console.warn(`VITE_REGION_URLS: ignoring ${JSON.stringify(id)}.`);
    }
  }
  return urls;
}

/** The distinct origins of those URLs, for the CSP `connect-src`. */
export function apiOrigins(urls: Readonly<Record<string, string>>): string[] {
  return [...new Set(Object.values(urls).map((url) => new URL(url).origin))];
}
