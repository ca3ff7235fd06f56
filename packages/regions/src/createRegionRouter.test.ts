import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createRegionRouter } from './createRegionRouter';
import type { RegionRouterOptions } from './routerTypes';
import { createFakeRegionBackend } from './testing/createFakeRegionBackend';
import type { FakeRegionBackend } from './testing/createFakeRegionBackend';
import { createRouterHarness } from './testing/createRouterHarness';

const INTERVAL = 30_000;
let backend: FakeRegionBackend;

function setup(options: RegionRouterOptions = {}) {
  return createRouterHarness(backend, options);
}

/** Lets pending fetch promises settle and fires timers due in `ms`. */
const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  backend = createFakeRegionBackend();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createRegionRouter — health checks', () => {
  it('checks every candidate at once on start(), then every intervalMs', async () => {
    const { router, health } = setup();
    expect(router.status()).toMatchObject({ active: 'eu-central-1', zone: 'eu', enforced: true });
    expect(health('eu-central-1')).toMatchObject({ state: 'unknown', lastCheckedAt: null, latencyMs: null });

    router.start();
    await tick();
    expect(backend.callsTo('eu-central-1', '/api/health')).toBe(1);
    expect(backend.callsTo('eu-west-1', '/api/health')).toBe(1);
    expect(health('eu-central-1')).toMatchObject({
      state: 'healthy',
      consecutiveFailures: 0,
      lastCheckedAt: 1_000_000,
    });
    expect(health('eu-central-1')).not.toHaveProperty('lastError');

    await tick(INTERVAL - 1);
    expect(backend.callsTo('eu-central-1', '/api/health')).toBe(1);
    await tick(1);
    expect(backend.callsTo('eu-central-1', '/api/health')).toBe(2);
    router.stop();
  });

  it('start() is idempotent', async () => {
    const { router } = setup();
    router.start();
    router.start();
    await tick();
    expect(backend.callsTo('eu-central-1')).toBe(1);
    router.stop();
  });

  it('marks a region down only after failureThreshold consecutive failures, then fails over in-zone', async () => {
    backend.setMode('eu-central-1', 'down');
    const { router, events, health } = setup();
    router.start();
    await tick();
    expect(health('eu-central-1')).toMatchObject({ state: 'unknown', consecutiveFailures: 1 });
    expect(health('eu-central-1')?.lastError).toMatch(/fetch failed \(connect ECONNREFUSED\)/);
    await tick(INTERVAL);
    expect(health('eu-central-1')).toMatchObject({ state: 'unknown', consecutiveFailures: 2 });
    expect(router.status().active).toBe('eu-central-1');
    expect(events.some((event) => event.type === 'region-down')).toBe(false);

    await tick(INTERVAL);
    expect(health('eu-central-1')).toMatchObject({ state: 'down', consecutiveFailures: 3 });
    expect(router.status().active).toBe('eu-west-1');
    expect(events).toContainEqual(expect.objectContaining({ type: 'region-down', region: 'eu-central-1' }));
    expect(events).toContainEqual({
      type: 'failover',
      from: 'eu-central-1',
      to: 'eu-west-1',
      reason: 'health',
    });
    router.stop();
  });

  it('honours a custom failureThreshold', async () => {
    backend.setMode('eu-central-1', 'error');
    const { router, health } = setup({ failureThreshold: 1 });
    router.start();
    await tick();
    expect(health('eu-central-1')).toMatchObject({ state: 'down', lastError: 'HTTP 503 from /api/health' });
    router.stop();
  });

  it('counts a check that exceeds timeoutMs as a failure', async () => {
    backend.setMode('eu-central-1', 'hang');
    const { router, health, events } = setup({ timeoutMs: 2_000, failureThreshold: 2 });
    router.start();
    await tick(1_999);
    expect(health('eu-central-1')).toMatchObject({ state: 'unknown', consecutiveFailures: 0 });
    await tick(1);
    expect(health('eu-central-1')).toMatchObject({ consecutiveFailures: 1, latencyMs: null });
    expect(health('eu-central-1')?.lastError).toBe('TimeoutError: No response within 2000 ms');
    expect(events).toContainEqual({
      type: 'check',
      region: 'eu-central-1',
      ok: false,
      latencyMs: null,
      error: 'TimeoutError: No response within 2000 ms',
    });
    // The next check starts intervalMs after the timed-out one ended.
    await tick(INTERVAL + 2_000);
    expect(health('eu-central-1')?.state).toBe('down');
    router.stop();
  });

  it('brings a down region back after it passes a check, and fails back to it', async () => {
    backend.setMode('eu-central-1', 'down');
    const { router, events, health } = setup({ failureThreshold: 2 });
    router.start();
    await tick(INTERVAL);
    expect(health('eu-central-1')?.state).toBe('down');
    expect(router.status().active).toBe('eu-west-1');

    backend.setMode('eu-central-1', 'up');
    await tick(INTERVAL);
    expect(health('eu-central-1')).toMatchObject({ state: 'healthy', consecutiveFailures: 0 });
    expect(health('eu-central-1')).not.toHaveProperty('lastError');
    expect(router.status().active).toBe('eu-central-1');
    expect(events).toContainEqual({ type: 'region-up', region: 'eu-central-1' });
    expect(events.filter((event) => event.type === 'failover')).toEqual([
      { type: 'failover', from: 'eu-central-1', to: 'eu-west-1', reason: 'health' },
      { type: 'failover', from: 'eu-west-1', to: 'eu-central-1', reason: 'health' },
    ]);
    router.stop();
  });

  it('measures latency with the injected clock', async () => {
    let clock = 500;
    const slowFetch: typeof fetch = async () => {
      clock += 42;
      return new Response('{}', { status: 200 });
    };
    const router = createRegionRouter({ regions: ['us-east-1'], fetch: slowFetch, now: () => clock });
    router.start();
    await tick();
    expect(router.status().candidates[0]).toMatchObject({ latencyMs: 42, lastCheckedAt: 542 });
    router.stop();
  });

  it('keeps the path prefix of a base URL', async () => {
    const fetchSpy = vi.fn<typeof fetch>(async () => new Response('{}'));
    const router = createRegionRouter({
      regions: ['eu-west-1'],
      baseUrls: { 'eu-west-1': 'https://api.example.com/eu/' },
      fetch: fetchSpy,
    });
    router.start();
    await tick();
    await router.fetch('api/pricing?country=IE');
    expect(fetchSpy.mock.calls.map(([url]) => url)).toEqual([
      'https://api.example.com/eu/api/health',
      'https://api.example.com/eu/api/pricing?country=IE',
    ]);
    router.stop();
  });
});

describe('createRegionRouter — stop()', () => {
  it('leaves no timers behind, even with a check in flight', async () => {
    backend.setMode('eu-west-1', 'hang');
    const { router, health } = setup();
    router.start();
    await tick();
    // One interval timer (eu-central-1) and one timeout timer (hanging eu-west-1).
    expect(vi.getTimerCount()).toBe(2);
    router.stop();
    expect(vi.getTimerCount()).toBe(0);
    await tick(10 * INTERVAL);
    expect(backend.calls).toHaveLength(2);
    // The aborted check is not the region's fault.
    expect(health('eu-west-1')).toMatchObject({ state: 'unknown', consecutiveFailures: 0 });
  });

  it('can be restarted (StrictMode mounts twice)', async () => {
    const { router } = setup();
    router.start();
    router.stop();
    router.start();
    await tick();
    expect(vi.getTimerCount()).toBe(2);
    await tick(INTERVAL);
    expect(backend.callsTo('eu-central-1', '/api/health')).toBe(3);
    router.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses injected timers instead of the global ones', async () => {
    const pending = new Map<number, () => void>();
    let next = 0;
    const timers = {
      setTimeout: (callback: () => void) => (pending.set(++next, callback), next),
      clearTimeout: (handle: unknown) => void pending.delete(handle as number),
    };
    const router = createRegionRouter({ regions: ['us-east-1'], fetch: backend.fetch, timers });
    router.start();
    await tick();
    expect(vi.getTimerCount()).toBe(0);
    expect(pending.size).toBe(1);
    router.stop();
    expect(pending.size).toBe(0);
  });
});

describe('createRegionRouter — subscribe and status', () => {
  it('returns the same snapshot until something changes, and unsubscribes', async () => {
    const { router } = setup();
    const first = router.status();
    expect(router.status()).toBe(first);
    const listener = vi.fn();
    const unsubscribe = router.subscribe(listener);
    router.start();
    await tick();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenLastCalledWith(
      router.status(),
      expect.objectContaining({ type: 'check', ok: true }),
    );
    expect(router.status()).not.toBe(first);
    unsubscribe();
    await tick(INTERVAL);
    expect(listener).toHaveBeenCalledTimes(2);
    router.stop();
  });
});
