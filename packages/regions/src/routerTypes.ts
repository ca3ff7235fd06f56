import type { Jurisdiction } from './jurisdictionFor';
import type { RegionId } from './regions';
import type { ResidencyZoneId } from './residencyZones';

/**
 * Timer functions the router schedules health checks and timeouts with.
 * Inject them to drive the router from a test clock; the defaults are the
 * global `setTimeout` / `clearTimeout`, looked up at call time so fake
 * timers installed after import still apply.
 */
export interface RegionRouterTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of {@link createRegionRouter}. Every field is optional. */
export interface RegionRouterOptions {
  /**
   * Where the user is: a {@link Jurisdiction} or a code for
   * `jurisdictionFor` (`"DE"`, `"US-CA"`). Decides the home region, the
   * backups and the residency zone.
   * @defaultValue none — candidates start at the primary region
   */
  jurisdiction?: Jurisdiction | string | undefined;
  /**
   * Explicit candidate regions, in priority order, instead of the home
   * region and its backups. Still filtered to the residency zone when
   * that zone is enforced.
   */
  regions?: readonly RegionId[] | undefined;
  /**
   * Absolute http(s) base URL per region; a path prefix is kept
   * (`https://api.example.com/eu` + `/api/health`).
   * @defaultValue `DEV_BASE_URLS` for regions not listed
   */
  baseUrls?: Partial<Record<RegionId, string>> | undefined;
  /** Time between two checks of one region. @defaultValue 30000 */
  intervalMs?: number | undefined;
  /** Consecutive failures (checks or requests) that mark a region down. @defaultValue 3 */
  failureThreshold?: number | undefined;
  /** A check or request that has no response within this fails. @defaultValue 5000 */
  timeoutMs?: number | undefined;
  /** Fetch implementation. @defaultValue `globalThis.fetch` at call time */
  fetch?: typeof fetch | undefined;
  /** Clock for `lastCheckedAt` and latency. @defaultValue `Date.now` */
  now?: (() => number) | undefined;
  /** Timer functions. @defaultValue the global ones, at call time */
  timers?: RegionRouterTimers | undefined;
}

/** Health of one region: never checked, passing, or failed `failureThreshold` times in a row. */
export type RegionHealthState = 'unknown' | 'healthy' | 'down';

/** A snapshot of one candidate region's health. */
export interface RegionHealth {
  readonly id: RegionId;
  readonly state: RegionHealthState;
  /** Base URL the router sends this region's checks and requests to. */
  readonly baseUrl: string;
  /** Failed checks or requests since the last success. */
  readonly consecutiveFailures: number;
  /** `now()` when the last check or failed request ended; `null` before the first. */
  readonly lastCheckedAt: number | null;
  /** Duration of the last successful check; `null` until one passes or after a failure. */
  readonly latencyMs: number | null;
  /** Why the last check or request failed; absent after a success. */
  readonly lastError?: string;
}

/** An immutable snapshot of the router; a new object whenever anything changes. */
export interface RegionRouterStatus {
  /**
   * Region that served the latest request, or that the next one goes to
   * when health changed since; `null` when every candidate is down.
   */
  readonly active: RegionId | null;
  /** Residency zone of the jurisdiction (or of the first candidate). */
  readonly zone: ResidencyZoneId;
  /** Whether `zone` is enforced, i.e. candidates were limited to it. */
  readonly enforced: boolean;
  /** Candidates in priority order. */
  readonly candidates: readonly RegionHealth[];
}

/** What changed; delivered with the snapshot after the change. */
export type RegionRouterEvent =
  | {
      /** A health check finished. */
      readonly type: 'check';
      readonly region: RegionId;
      readonly ok: boolean;
      readonly latencyMs: number | null;
      readonly error?: string;
    }
  | {
      /** A request through `router.fetch()` failed (network, timeout or 5xx); counts as a failed check. */
      readonly type: 'request-failed';
      readonly region: RegionId;
      readonly error: string;
    }
  | {
      /** A region reached `failureThreshold` consecutive failures. */
      readonly type: 'region-down';
      readonly region: RegionId;
      readonly error: string;
    }
  | {
      /** A down region passed a check and is used again. */
      readonly type: 'region-up';
      readonly region: RegionId;
    }
  | {
      /**
       * `status().active` changed. `reason` is `'health'` when a region went
       * down or came back, `'request'` when a request was retried elsewhere.
       * `to` is `null` when no candidate is left.
       */
      readonly type: 'failover';
      readonly from: RegionId | null;
      readonly to: RegionId | null;
      readonly reason: 'health' | 'request';
    };

/** Called with the new snapshot and the event that produced it. */
export type RegionRouterListener = (status: RegionRouterStatus, event: RegionRouterEvent) => void;

/** A health-monitored, residency-aware client for the regional API. */
export interface RegionRouter {
  /**
   * Sends a request to the first candidate that is not down. `path` is
   * appended to that region's base URL (`"/api/pricing?country=DE"`);
   * absolute URLs are rejected, since they would bypass residency.
   *
   * A network error, timeout or 5xx counts as a failed check. Idempotent
   * methods (GET, HEAD, OPTIONS, PUT, DELETE) are then retried once on the
   * next usable candidate; others (POST, PATCH) are not, since the first
   * attempt may already have taken effect. The Response is returned as is,
   * including 4xx and a 5xx that could not be retried.
   *
   * @throws NoHealthyRegionError (rejects) when every candidate is down.
   */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The current snapshot; the same object until something changes. */
  status(): RegionRouterStatus;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: RegionRouterListener): () => void;
  /** Starts health checks (first check of every candidate at once). Idempotent. */
  start(): void;
  /** Stops health checks: clears every timer and aborts checks in flight. Idempotent; `start()` resumes. */
  stop(): void;
}
