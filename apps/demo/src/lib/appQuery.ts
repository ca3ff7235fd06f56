/** Default health-check interval of the demo's routers: fast enough to watch failover live. */
export const DEFAULT_POLL_MS = 5000;
/** Below this the demo would hammer seven processes for no visible gain. */
export const MIN_POLL_MS = 250;

const COUNTRY = /^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?$/;

/** What the demo reads from the address bar. */
export interface AppQuery {
  /** `?country=` upper-cased (`DE`, `US-CA`); absent or malformed → undefined. */
  readonly country: string | undefined;
  /** `?lng=` as given; i18n validates it. */
  readonly lng: string | undefined;
  /** `?poll=<ms>`, at least {@link MIN_POLL_MS}; default {@link DEFAULT_POLL_MS}. */
  readonly pollMs: number;
  /** `?faults=1` shows the fault controls outside development. */
  readonly faults: boolean;
}

/** Parses the query string (`location.search`) into {@link AppQuery}; never throws. */
export function parseAppQuery(search: string): AppQuery {
  const params = new URLSearchParams(search);
  const country = params.get('country')?.trim() ?? '';
  const lng = params.get('lng')?.trim() ?? '';
  return {
    country: COUNTRY.test(country) ? country.toUpperCase() : undefined,
    lng: lng === '' ? undefined : lng,
    pollMs: parsePoll(params.get('poll')),
    faults: params.get('faults') === '1',
  };
}

function parsePoll(raw: string | null): number {
  if (raw === null || raw.trim() === '') return DEFAULT_POLL_MS;
  const value = Number(raw);
  if (!Number.isFinite(value)) return DEFAULT_POLL_MS;
  return Math.min(Math.max(Math.round(value), MIN_POLL_MS), 600_000);
}

/** Returns `search` with `name` set to `value` (or removed when `value` is undefined), keeping the others. */
export function withQueryParam(search: string, name: string, value: string | undefined): string {
  const params = new URLSearchParams(search);
  if (value === undefined) params.delete(name);
  else params.set(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
