import { describeError, timeoutError } from './describeError';
import { NoHealthyRegionError } from './NoHealthyRegionError';
import type { RegionId } from './regions';
import { resolveRouterConfig } from './resolveRouterConfig';
import { untilAborted } from './untilAborted';
import type {
  RegionHealth,
  RegionHealthState,
  RegionRouter,
  RegionRouterEvent,
  RegionRouterListener,
  RegionRouterOptions,
  RegionRouterStatus,
} from './routerTypes';

interface MutableHealth {
  state: RegionHealthState;
  consecutiveFailures: number;
  lastCheckedAt: number | null;
  latencyMs: number | null;
  lastError: string | undefined;
}

type Outcome =
  { readonly ok: true; readonly latencyMs: number } | { readonly ok: false; readonly error: string };

type Failure =
  | { readonly ok: false; readonly response: Response }
  | { readonly ok: false; readonly response?: undefined; readonly error: unknown };
type Attempt = { readonly ok: true; readonly response: Response } | Failure;

// Safe to send twice: the second attempt cannot double an effect.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|\/\/|\\)/i;

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
  const { candidates, timers } = config;
  const health = new Map<RegionId, MutableHealth>(
    candidates.map((id) => [
      id,
      {
        state: 'unknown',
        consecutiveFailures: 0,
        lastCheckedAt: null,
        latencyMs: null,
        lastError: undefined,
      },
    ]),
  );
  const listeners = new Set<RegionRouterListener>();
  const pollTimers = new Map<RegionId, unknown>();
  const checkTimeouts = new Map<RegionId, unknown>();
  const checksInFlight = new Map<RegionId, AbortController>();
  let running = false;
  // Bumped by stop() so checks that finish afterwards are ignored.
  let generation = 0;
  let active: RegionId | null = candidates[0] ?? null;
  let snapshot = buildSnapshot();

  function healthOf(id: RegionId): MutableHealth {
    const entry = health.get(id);
    if (!entry) throw new Error(`createRegionRouter: internal error, ${id} is not a candidate`);
    return entry;
  }

  function buildSnapshot(): RegionRouterStatus {
    const list = candidates.map((id): RegionHealth => {
      const { lastError, ...rest } = healthOf(id);
      const entry = { id, baseUrl: config.baseUrls[id], ...rest };
      return lastError === undefined ? entry : { ...entry, lastError };
    });
    return { active, zone: config.zone, enforced: config.enforced, candidates: list };
  }

  function preferred(exclude?: RegionId): RegionId | null {
    return candidates.find((id) => id !== exclude && healthOf(id).state !== 'down') ?? null;
  }

  function emit(events: readonly RegionRouterEvent[]): void {
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

  /** Applies a check or request outcome and returns the events it caused. */
  function record(id: RegionId, outcome: Outcome, source: 'check' | 'request'): RegionRouterEvent[] {
    const entry = healthOf(id);
    const events: RegionRouterEvent[] = [];
    const before = entry.state;
    entry.lastCheckedAt = config.now();
    if (outcome.ok) {
      entry.state = 'healthy';
      entry.consecutiveFailures = 0;
      entry.latencyMs = outcome.latencyMs;
      entry.lastError = undefined;
      events.push({ type: 'check', region: id, ok: true, latencyMs: outcome.latencyMs });
      if (before === 'down') events.push({ type: 'region-up', region: id });
    } else {
      entry.consecutiveFailures += 1;
      entry.latencyMs = null;
      entry.lastError = outcome.error;
      events.push(
        source === 'check'
          ? { type: 'check', region: id, ok: false, latencyMs: null, error: outcome.error }
          : { type: 'request-failed', region: id, error: outcome.error },
      );
      if (before !== 'down' && entry.consecutiveFailures >= config.failureThreshold) {
        entry.state = 'down';
        events.push({ type: 'region-down', region: id, error: outcome.error });
      }
    }
    // Down and recovered regions change where traffic goes (including back
    // to a recovered higher-priority region); plain passes do not.
    const changed = (before === 'down') !== (entry.state === 'down');
    return changed || active === null ? [...events, ...moveActive(preferred(), 'health')] : events;
  }

  function schedule(id: RegionId, delayMs: number): void {
    pollTimers.set(
      id,
      timers.setTimeout(() => {
        pollTimers.delete(id);
        void check(id);
      }, delayMs),
    );
  }

  async function check(id: RegionId): Promise<void> {
    const startedIn = generation;
    const controller = new AbortController();
    const timeout = timers.setTimeout(
      () => controller.abort(timeoutError(config.timeoutMs)),
      config.timeoutMs,
    );
    checksInFlight.set(id, controller);
    checkTimeouts.set(id, timeout);
    const started = config.now();
    let outcome: Outcome;
    try {
      const request = config.fetch(`${config.baseUrls[id]}/api/health`, {
        method: 'GET',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
      const response = await untilAborted(request, controller.signal);
      // Only the status matters; release the connection.
      response.body?.cancel().catch(() => undefined);
      outcome = response.ok
        ? { ok: true, latencyMs: Math.max(0, config.now() - started) }
        : { ok: false, error: `HTTP ${response.status} from /api/health` };
    } catch (error) {
      outcome = { ok: false, error: describeError(controller.signal.reason ?? error) };
    } finally {
      timers.clearTimeout(timeout);
      // A stop() + start() may have begun a newer check of this region.
      if (checkTimeouts.get(id) === timeout) checkTimeouts.delete(id);
      if (checksInFlight.get(id) === controller) checksInFlight.delete(id);
    }
    if (startedIn !== generation) return;
    emit(record(id, outcome, 'check'));
    schedule(id, config.intervalMs);
  }

  async function attempt(id: RegionId, path: string, init: RequestInit): Promise<Attempt> {
    const controller = new AbortController();
    const userSignal = init.signal ?? undefined;
    if (userSignal?.aborted) controller.abort(userSignal.reason);
    // Not removed after the headers arrive: the caller's signal must still
    // be able to abort reading the body.
    userSignal?.addEventListener('abort', () => controller.abort(userSignal.reason), { once: true });
    const timeout = timers.setTimeout(
      () => controller.abort(timeoutError(config.timeoutMs)),
      config.timeoutMs,
    );
    try {
      const request = config.fetch(`${config.baseUrls[id]}${path}`, { ...init, signal: controller.signal });
      const response = await untilAborted(request, controller.signal);
      if (response.status < 500) return { ok: true, response };
      emit(record(id, { ok: false, error: `HTTP ${response.status} from ${path}` }, 'request'));
      return { ok: false, response };
    } catch (error) {
      // The caller's own abort says nothing about the region's health.
      if (userSignal?.aborted) throw error;
      emit(record(id, { ok: false, error: describeError(controller.signal.reason ?? error) }, 'request'));
      return { ok: false, error: controller.signal.reason ?? error };
    } finally {
      timers.clearTimeout(timeout);
    }
  }

  /** What the caller gets when no (further) retry happens: the 5xx response, or the error. */
  function settle(result: Failure): Response {
    if (result.response) return result.response;
    throw result.error;
  }

  async function routedFetch(path: string, init: RequestInit = {}): Promise<Response> {
    if (typeof path !== 'string' || ABSOLUTE.test(path)) {
      throw new TypeError(
        `router.fetch: expected a path like "/api/pricing?country=DE", got ${
          typeof path === 'string' ? JSON.stringify(path.slice(0, 80)) : typeof path
        }. Absolute URLs are refused because they would bypass region selection and residency.`,
      );
    }
    const suffix = path.startsWith('/') ? path : `/${path}`;
    const first = preferred();
    if (first === null) throw new NoHealthyRegionError(config.zone, candidates, config.enforced);
    const firstResult = await attempt(first, suffix, init);
    if (firstResult.ok) {
      emitIfAny(moveActive(first, 'request'));
      return firstResult.response;
    }
    const method = (init.method ?? 'GET').toUpperCase();
    // A streamed body was consumed by the first attempt and cannot be replayed.
    const replayable = !(typeof ReadableStream !== 'undefined' && init.body instanceof ReadableStream);
    const next = IDEMPOTENT.has(method) && replayable ? preferred(first) : null;
    if (next === null) return settle(firstResult);
    firstResult.response?.body?.cancel().catch(() => undefined);
    const secondResult = await attempt(next, suffix, init);
    if (!secondResult.ok) return settle(secondResult);
    emitIfAny(moveActive(next, 'request'));
    return secondResult.response;
  }

  function emitIfAny(events: readonly RegionRouterEvent[]): void {
    if (events.length > 0) emit(events);
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
      for (const id of candidates) void check(id);
    },
    stop() {
      if (!running) return;
      running = false;
      generation += 1;
      for (const handle of [...pollTimers.values(), ...checkTimeouts.values()]) timers.clearTimeout(handle);
      pollTimers.clear();
      checkTimeouts.clear();
      for (const controller of checksInFlight.values()) {
        controller.abort(new DOMException('Region router stopped', 'AbortError'));
      }
      checksInFlight.clear();
    },
  };
}
