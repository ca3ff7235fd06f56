import { DEV_BASE_URLS } from './devBaseUrls';
import { describeInput } from './describeInput';
import { getRegion, isRegionId } from './getRegion';
import { jurisdictionFor } from './jurisdictionFor';
import type { Jurisdiction } from './jurisdictionFor';
import { DEFAULT_HEALTH_CHECK, PRIMARY_REGION, REGION_IDS } from './regions';
import type { RegionId } from './regions';
import { isResidencyZoneId, RESIDENCY_ZONES } from './residencyZones';
import type { ResidencyZoneId } from './residencyZones';
import type { RegionRouterOptions, RegionRouterTimers } from './routerTypes';

/** Validated, defaulted router options. @internal */
export interface RouterConfig {
  readonly candidates: readonly RegionId[];
  readonly zone: ResidencyZoneId;
  readonly enforced: boolean;
  readonly baseUrls: Readonly<Record<RegionId, string>>;
  readonly intervalMs: number;
  readonly failureThreshold: number;
  readonly timeoutMs: number;
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly timers: RegionRouterTimers;
}

// setTimeout fires at once for delays above 2^31 - 1 ms, which would turn a
// "check daily" setting into a busy loop.
const MAX_DELAY_MS = 2_147_483_647;
const VALID_IDS = REGION_IDS.join(', ');

/**
 * The one shape of every option error: what was wrong (quoting the input)
 * and what is accepted.
 */
function invalid(name: string, expected: string, value: unknown): string {
  return `createRegionRouter: ${name} must be ${expected}, got ${describeInput(value)}.`;
}

function duration(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0 && value <= MAX_DELAY_MS)) {
    const message = invalid(
      name,
      `a number of milliseconds greater than 0 and at most ${MAX_DELAY_MS}`,
      value,
    );
    throw typeof value === 'number' ? new RangeError(message) : new TypeError(message);
  }
  return value;
}

function threshold(value: unknown): number {
  if (value === undefined) return DEFAULT_HEALTH_CHECK.failureThreshold;
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new RangeError(invalid('failureThreshold', 'a positive integer', value));
  }
  return value as number;
}

function regionId(value: unknown, name: string): RegionId {
  if (!isRegionId(value)) throw new RangeError(invalid(name, `a region id (${VALID_IDS})`, value));
  return value;
}

function resolveJurisdiction(value: RegionRouterOptions['jurisdiction']): Jurisdiction | undefined {
  if (value === undefined || typeof value === 'string') {
    return value === undefined ? undefined : jurisdictionFor(value);
  }
  if (typeof value !== 'object' || value === null || !isResidencyZoneId(value.residencyZone)) {
    throw new TypeError(
      invalid('jurisdiction', 'a code like "DE" / "US-CA" or a Jurisdiction from jurisdictionFor()', value),
    );
  }
  regionId(value.homeRegion, 'jurisdiction.homeRegion');
  return value;
}

function baseUrl(id: RegionId, value: unknown): string {
  let url: URL | undefined;
  try {
    if (typeof value === 'string') url = new URL(value);
  } catch {
    // Not a URL at all: refused below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new TypeError(
      invalid(`baseUrls["${id}"]`, 'an absolute http(s) URL without query or fragment', value),
    );
  }
  // Paths are appended, so drop the trailing slash to avoid "//api/health".
  return url.href.replace(/\/+$/, '');
}

function functionOption<T>(name: string, value: unknown, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'function') throw new TypeError(invalid(name, 'a function', value));
  return value as T;
}

const globalTimers: RegionRouterTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

function timersOption(value: unknown): RegionRouterTimers {
  if (value === undefined) return globalTimers;
  const timers = value as Partial<RegionRouterTimers> | null;
  if (
    typeof timers !== 'object' ||
    timers === null ||
    typeof timers.setTimeout !== 'function' ||
    typeof timers.clearTimeout !== 'function'
  ) {
    throw new TypeError(invalid('timers', 'an object with setTimeout and clearTimeout functions', value));
  }
  return timers as RegionRouterTimers;
}

/**
 * Validates options and works out the candidate list. The residency rule
 * lives here: when the zone is enforced, candidates outside it are dropped,
 * even ones the caller listed explicitly.
 *
 * @internal
 */
export function resolveRouterConfig(options: RegionRouterOptions): RouterConfig {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(invalid('options', 'an object', options));
  }
  const jurisdiction = resolveJurisdiction(options.jurisdiction);
  let requested: RegionId[];
  if (options.regions !== undefined) {
    if (!Array.isArray(options.regions) || options.regions.length === 0) {
      throw new RangeError(
        invalid('regions', `a non-empty array of region ids (${VALID_IDS})`, options.regions),
      );
    }
    requested = options.regions.map((id, index) => regionId(id, `regions[${index}]`));
  } else {
    const home = getRegion(jurisdiction?.homeRegion ?? PRIMARY_REGION);
    requested = [home.id, ...home.backups];
  }
  const first = requested[0] ?? PRIMARY_REGION;
  // Without a jurisdiction, the first candidate plays the home region.
  const zone = jurisdiction?.residencyZone ?? getRegion(first).residencyZone;
  const enforced = RESIDENCY_ZONES[zone].enforced;
  const candidates = [...new Set(requested)].filter(
    (id) => !enforced || getRegion(id).residencyZone === zone,
  );
  if (candidates.length === 0) {
    throw new RangeError(
      `createRegionRouter: none of the candidate regions (${requested.join(', ')}) is in residency zone "${zone}", ` +
        `which is enforced; use ${RESIDENCY_ZONES[zone].regions.join(' or ')}.`,
    );
  }

  const given = options.baseUrls ?? {};
  if (typeof given !== 'object' || given === null) {
    throw new TypeError(invalid('baseUrls', 'an object keyed by region id', given));
  }
  const baseUrls = { ...DEV_BASE_URLS };
  for (const [key, value] of Object.entries(given)) {
    const id = regionId(key, 'baseUrls key');
    if (value !== undefined) baseUrls[id] = baseUrl(id, value);
  }

  const fetchImpl = functionOption<typeof fetch>('fetch', options.fetch, (input, init) =>
    globalThis.fetch(input, init),
  );
  return {
    candidates,
    zone,
    enforced,
    baseUrls,
    intervalMs: duration('intervalMs', options.intervalMs, DEFAULT_HEALTH_CHECK.intervalMs),
    failureThreshold: threshold(options.failureThreshold),
    timeoutMs: duration('timeoutMs', options.timeoutMs, DEFAULT_HEALTH_CHECK.timeoutMs),
    fetch: fetchImpl,
    now: functionOption<() => number>('now', options.now, () => Date.now()),
    timers: timersOption(options.timers),
  };
}
