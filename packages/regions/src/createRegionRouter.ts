import { describeError, timeoutError } from './describeError';
import { describeInput } from './describeInput';
import { NoHealthyRegionError } from './NoHealthyRegionError';
import type { RegionId } from './regions';
import { resolveRouterConfig } from './resolveRouterConfig';
import type {
  RegionHealth,
  RegionHealthState,
  RegionRouter,
  RegionRouterEvent,
  RegionRouterListener,
  RegionRouterOptions,
  RegionRouterStatus,
} from './routerTypes';

/** A candidate's live health, in `RegionHealth` key order so snapshots are plain copies. */
interface Slot {
  readonly id: RegionId;
  readonly baseUrl: string;
  state: RegionHealthState;
  consecutiveFailures: number;
  lastCheckedAt: number | null;
  latencyMs: number | null;
  lastError: string | undefined;
}

type Failure =
  | { readonly ok: false; readonly response: Response }
  | { readonly ok: false; readonly response?: undefined; readonly error: unknown };
type Attempt = { readonly ok: true; readonly response: Response } | Failure;

// Safe to send twice: the second attempt cannot double an effect.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|\/\/|\\)/i;

/** Only the status matters; release the connection. */
function discard(response: Response | undefined): void {
  response?.body?.cancel().catch(() => undefined);
}

/**
 * Creates a health-monitored, residency-aware client for the regional API.
 *
 * Candidates are the jurisdiction's home region and its backups (or
 * `options.regions`), limited to the residency zone when that zone is
 * enforced — an EU user is never routed outside the EU, even when every EU
 * region is down (`fetch()` then rejects with {@link NoHealthyRegionError}).
 * Nothing runs until `start()`; `fetch()` works before it, treating
 * unchecked regions as usable.
 *
 * @example
 * ```ts
 * const router = createRegionRouter({ jurisdiction: 'DE' });
 * router.start();
 * const response = await router.fetch('/api/pricing?country=DE');
 * router.status().active; // "eu-central-1"
 * ```
 *
 * @throws RangeError / TypeError for invalid options (see the message).
 */
export function createRegionRouter(options: RegionRouterOptions = {}): RegionRouter {
  const config = resolveRouterConfig(options);
  const { candidates, timers, timeoutMs } = config;
  const slots = candidates.map((id): Slot => ({
    id,
    baseUrl: config.baseUrls[id],
    state: 'unknown',
    consecutiveFailures: 0,
    lastCheckedAt: null,
    latencyMs: null,
    lastError: undefined,
  }));
  const listeners = new Set<RegionRouterListener>();
  const pollTimers = new Map<Slot, unknown>();
  const checksInFlight = new Map<Slot, AbortController>();
  let running = false;
  // Bumped by stop() so checks that finish afterwards are ignored.
  let generation = 0;
  let active: RegionId | null = candidates[0] ?? null;
  let snapshot = buildSnapshot();

  function buildSnapshot(): RegionRouterStatus {
    const list = slots.map(({ lastError, ...rest }): RegionHealth =>
      lastError === undefined ? rest : { ...rest, lastError },
    );
    return { active, zone: config.zone, enforced: config.enforced, candidates: list };
  }

  function preferred(exclude?: Slot): Slot | undefined {
    for (const slot of slots) if (slot !== exclude && slot.state !== 'down') return slot;
    return undefined;
  }

  function emit(events: readonly RegionRouterEvent[]): void {
    if (events.length === 0) return;
    snapshot = buildSnapshot();
    for (const event of events) {
      for (const listener of [...listeners]) {
        try {
          listener(snapshot, event);
        } catch (error) {
          // One broken listener must not starve the others or the router;
          // rethrow outside our stack so it is still reported.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    }
  }

  function moveActive(to: RegionId | null, reason: 'health' | 'request'): RegionRouterEvent[] {
    if (to === active) return [];
    const from = active;
    active = to;
    return [{ type: 'failover', from, to, reason }];
  }

  /**
   * Applies a check or request outcome (`error` absent on success) and
   * returns the events it caused.
   */
  function record(
    slot: Slot,
    source: 'check' | 'request',
    latencyMs: number | null,
    error?: string,
  ): RegionRouterEvent[] {
    const region = slot.id;
    const events: RegionRouterEvent[] = [];
    const before = slot.state;
    slot.lastCheckedAt = config.now();
    slot.latencyMs = latencyMs;
    slot.lastError = error;
    if (error === undefined) {
      slot.state = 'healthy';
      slot.consecutiveFailures = 0;
      events.push({ type: 'check', region, ok: true, latencyMs });
      if (before === 'down') events.push({ type: 'region-up', region });
    } else {
      slot.consecutiveFailures += 1;
      events.push(
        source === 'check'
          ? { type: 'check', region, ok: false, latencyMs, error }
          : { type: 'request-failed', region, error },
      );
      if (before !== 'down' && slot.consecutiveFailures >= config.failureThreshold) {
        slot.state = 'down';
        events.push({ type: 'region-down', region, error });
      }
    }
    // Down and recovered regions change where traffic goes (including back
    // to a recovered higher-priority region); plain passes do not.
    if ((before === 'down') !== (slot.state === 'down') || active === null) {
      events.push(...moveActive(preferred()?.id ?? null, 'health'));
    }
    return events;
  }

  /**
   * `fetch(url, init)` against the deadline, with one timer and one promise:
   * settles with the response, or rejects with a `TimeoutError` after
   * `timeoutMs` (then calls `onTimeout`) or with `init.signal`'s reason when
   * it aborts — even if the fetch ignores its signal. A response that comes
   * after that is discarded, releasing its connection.
   */
  function withDeadline(
    url: string,
    init: RequestInit | undefined,
    onTimeout?: (error: DOMException) => void,
  ): Promise<Response> {
    const signal = init?.signal;
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (): boolean => {
        if (settled) return false;
        settled = true;
        timers.clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        return true;
      };
      const fail = (error: unknown): void => {
        if (finish()) reject(error);
      };
      const onAbort = (): void => fail(signal?.reason);
      const timer = timers.setTimeout(() => {
        const error = timeoutError(timeoutMs);
        fail(error);
        onTimeout?.(error);
      }, timeoutMs);
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        config.fetch(url, init).then((response) => {
          if (finish()) resolve(response);
          else discard(response);
        }, fail);
      } catch (error) {
        fail(error);
      }
    });
  }

  function schedule(slot: Slot, delayMs: number): void {
    pollTimers.set(
      slot,
      timers.setTimeout(() => {
        pollTimers.delete(slot);
        void check(slot);
      }, delayMs),
    );
  }

  async function check(slot: Slot): Promise<void> {
    const startedIn = generation;
    const controller = new AbortController();
    checksInFlight.set(slot, controller);
    const started = config.now();
    let latencyMs: number | null = null;
    let error: string | undefined;
    try {
      // Checks are rare: a timed-out one is aborted, not just abandoned.
      const response = await withDeadline(
        `${slot.baseUrl}/api/health`,
        { method: 'GET', headers: { accept: 'application/json' }, signal: controller.signal },
        (reason) => controller.abort(reason),
      );
      discard(response);
      if (response.ok) latencyMs = Math.max(0, config.now() - started);
      else error = `HTTP ${response.status} from /api/health`;
    } catch (thrown) {
      error = describeError(thrown);
    } finally {
      // A stop() + start() may have begun a newer check of this region.
      if (checksInFlight.get(slot) === controller) checksInFlight.delete(slot);
    }
    if (startedIn !== generation) return;
    emit(record(slot, 'check', latencyMs, error));
    schedule(slot, config.intervalMs);
  }

  /**
   * One request to one region. The hot path allocates one promise and one
   * timer: no AbortController, no signal of its own, no copy of `init`. A
   * per-request signal is what makes `fetch` slow on a fast network (undici
   * follows it with listeners and a finalizer), so the deadline races the
   * fetch instead: a request without a response within `timeoutMs` fails
   * (and may be retried) at once, and its late response is discarded. The
   * caller's own signal goes to `fetch` unchanged, so it still aborts the
   * request and its body.
   */
  function attempt(slot: Slot, path: string, init: RequestInit | undefined): Promise<Attempt> {
    return withDeadline(`${slot.baseUrl}${path}`, init).then(
      (response): Attempt => {
        if (response.status < 500) return { ok: true, response };
        emit(record(slot, 'request', null, `HTTP ${response.status} from ${path}`));
        return { ok: false, response };
      },
      (error: unknown): Attempt => {
        // The caller's own abort says nothing about the region's health.
        if (init?.signal?.aborted) throw error;
        emit(record(slot, 'request', null, describeError(error)));
        return { ok: false, error };
      },
    );
  }

  /** What the caller gets when no (further) retry happens: the 5xx response, or the error. */
  function settle(result: Failure): Response {
    if (result.response) return result.response;
    throw result.error;
  }

  async function routedFetch(path: string, init?: RequestInit): Promise<Response> {
    if (typeof path !== 'string' || ABSOLUTE.test(path)) {
      throw new TypeError(
        `router.fetch: path must be relative, like "/api/pricing" (an absolute URL would bypass residency), got ${describeInput(path)}.`,
      );
    }
    const suffix = path.startsWith('/') ? path : `/${path}`;
    const first = preferred();
    if (!first) throw new NoHealthyRegionError(config.zone, candidates, config.enforced);
    const firstResult = await attempt(first, suffix, init);
    if (firstResult.ok) {
      if (first.id !== active) emit(moveActive(first.id, 'request'));
      return firstResult.response;
    }
    const method = (init?.method ?? 'GET').toUpperCase();
    // A streamed body was consumed by the first attempt and cannot be replayed.
    const replayable = !(typeof ReadableStream !== 'undefined' && init?.body instanceof ReadableStream);
    const next = IDEMPOTENT.has(method) && replayable ? preferred(first) : undefined;
    if (!next) return settle(firstResult);
    discard(firstResult.response);
    const secondResult = await attempt(next, suffix, init);
    if (!secondResult.ok) return settle(secondResult);
    emit(moveActive(next.id, 'request'));
    return secondResult.response;
  }

  return {
    fetch: routedFetch,
    status: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start() {
      if (running) return;
      running = true;
      for (const slot of slots) void check(slot);
    },
    stop() {
      if (!running) return;
      running = false;
      generation += 1;
      for (const handle of pollTimers.values()) timers.clearTimeout(handle);
      pollTimers.clear();
      for (const controller of checksInFlight.values()) {
        controller.abort(new DOMException('Region router stopped', 'AbortError'));
      }
      checksInFlight.clear();
    },
  };
}
