import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { NoHealthyRegionError } from './NoHealthyRegionError';
import { createRegionRouter } from './createRegionRouter';
import type { RegionRouterOptions } from './routerTypes';
import { createFakeRegionBackend } from './testing/createFakeRegionBackend';
import type { FakeRegionBackend } from './testing/createFakeRegionBackend';
import { createRouterHarness } from './testing/createRouterHarness';

let backend: FakeRegionBackend;

function setup(options: RegionRouterOptions = {}) {
  return createRouterHarness(backend, options);
}

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);
const servedBy = (response: Response) => response.headers.get('x-region');

beforeEach(() => {
  vi.useFakeTimers();
  backend = createFakeRegionBackend();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('router.fetch — routing', () => {
  it('uses the home region before any check (unknown counts as usable)', async () => {
    const { router } = setup({ jurisdiction: 'US-CA' });
    const response = await router.fetch('/api/pricing?country=US');
    expect(servedBy(response)).toBe('us-west-2');
    expect(backend.calls).toEqual([{ region: 'us-west-2', method: 'GET', path: '/api/pricing' }]);
    expect(router.status().active).toBe('us-west-2');
  });

  it('returns 4xx responses as is, without retrying or counting them', async () => {
    const notFound: typeof fetch = async () => new Response('{"error":"nope"}', { status: 404 });
    const router = createRegionRouter({ jurisdiction: 'FR', fetch: notFound });
    const response = await router.fetch('/api/missing');
    expect(response.status).toBe(404);
    expect(router.status().candidates[0]).toMatchObject({ id: 'eu-west-1', consecutiveFailures: 0 });
  });

  it('rejects absolute URLs, which would bypass residency', async () => {
    const { router } = setup();
    for (const path of ['https://evil.example/api', '//evil.example/api', 'javascript:alert(1)']) {
      await expect(router.fetch(path)).rejects.toThrowError(TypeError);
    }
    await expect(router.fetch('https://evil.example/api')).rejects.toThrowError(
      'router.fetch: path must be relative, like "/api/pricing" (an absolute URL would bypass residency), got "https://evil.example/api".',
    );
    expect(backend.calls).toEqual([]);
  });
});

describe('router.fetch — retry', () => {
  it('retries an idempotent GET once on the next candidate after a network error', async () => {
    backend.setMode('eu-central-1', 'down');
    const { router, events, health } = setup();
    const response = await router.fetch('/api/pricing?country=DE');
    expect(servedBy(response)).toBe('eu-west-1');
    expect(backend.calls.map((call) => call.region)).toEqual(['eu-central-1', 'eu-west-1']);
    // The failed request counts as a failed check.
    expect(health('eu-central-1')).toMatchObject({ consecutiveFailures: 1, state: 'unknown' });
    expect(router.status().active).toBe('eu-west-1');
    expect(events).toContainEqual({
      type: 'failover',
      from: 'eu-central-1',
      to: 'eu-west-1',
      reason: 'request',
    });
  });

  it.each(['HEAD', 'OPTIONS', 'PUT', 'DELETE', 'get'])('retries %s after a 5xx', async (method) => {
    backend.setMode('eu-central-1', 'error');
    const { router } = setup();
    const response = await router.fetch('/api/thing', { method });
    expect(response.status).toBe(200);
    expect(backend.calls.map((call) => call.region)).toEqual(['eu-central-1', 'eu-west-1']);
  });

  it('retries after a request timeout', async () => {
    backend.setMode('eu-central-1', 'hang');
    const { router, health } = setup({ timeoutMs: 1_000 });
    const pending = router.fetch('/api/exchange-rates?base=EUR');
    await tick(1_000);
    expect(servedBy(await pending)).toBe('eu-west-1');
    expect(health('eu-central-1')?.lastError).toBe('TimeoutError: No response within 1000 ms');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not retry a POST after a 5xx and returns that response', async () => {
    backend.setMode('eu-central-1', 'error');
    const { router, health } = setup();
    const response = await router.fetch('/api/consent/receipts', { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
    expect(backend.callsTo('eu-west-1')).toBe(0);
    expect(health('eu-central-1')?.consecutiveFailures).toBe(1);
  });

  it('does not retry a POST after a network error and rejects with it', async () => {
    backend.setMode('eu-central-1', 'down');
    const { router } = setup();
    await expect(router.fetch('/api/privacy/requests', { method: 'POST', body: '{}' })).rejects.toThrowError(
      'fetch failed',
    );
    expect(backend.calls.map((call) => call.region)).toEqual(['eu-central-1']);
  });

  it('retries only once: with three candidates, a second failure is returned', async () => {
    backend.setMode('me-south-1', 'error');
    backend.setMode('ap-southeast-1', 'error');
    const { router } = setup({ jurisdiction: 'AE' });
    expect(router.status().candidates.map((candidate) => candidate.id)).toEqual([
      'me-south-1',
      'ap-southeast-1',
      'us-east-1',
    ]);
    const response = await router.fetch('/api/pricing');
    expect(response.status).toBe(503);
    expect(backend.calls.map((call) => call.region)).toEqual(['me-south-1', 'ap-southeast-1']);
  });

  it('neither retries nor blames the region when the caller aborts', async () => {
    backend.setMode('eu-central-1', 'hang');
    const { router, health } = setup();
    const controller = new AbortController();
    const pending = router.fetch('/api/pricing', { signal: controller.signal });
    controller.abort(new DOMException('user left', 'AbortError'));
    await expect(pending).rejects.toThrowError('user left');
    expect(backend.calls).toHaveLength(1);
    expect(health('eu-central-1')?.consecutiveFailures).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('marks a region down after failureThreshold failed requests', async () => {
    backend.setMode('eu-central-1', 'error');
    const { router, health } = setup();
    for (let i = 0; i < 3; i += 1) await router.fetch('/api/x', { method: 'POST' });
    expect(health('eu-central-1')?.state).toBe('down');
    // Now requests go straight to the backup.
    const response = await router.fetch('/api/x', { method: 'POST' });
    expect(servedBy(response)).toBe('eu-west-1');
  });
});

describe('router.fetch — residency', () => {
  it('rejects with NoHealthyRegionError when both EU regions are down, never touching us-east-1', async () => {
    backend.setMode('eu-central-1', 'down');
    backend.setMode('eu-west-1', 'down');
    const { router, events } = setup({ jurisdiction: 'de', failureThreshold: 2 });
    router.start();
    await tick(30_000);
    expect(router.status().candidates.map((candidate) => candidate.state)).toEqual(['down', 'down']);
    expect(router.status().active).toBeNull();
    expect(events).toContainEqual({ type: 'failover', from: 'eu-west-1', to: null, reason: 'health' });

    const error: unknown = await router.fetch('/api/pricing').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoHealthyRegionError);
    expect(error).toMatchObject({
      name: 'NoHealthyRegionError',
      zone: 'eu',
      enforced: true,
      candidates: ['eu-central-1', 'eu-west-1'],
      message:
        'No healthy region: every candidate (eu-central-1, eu-west-1) is down. Residency zone "eu" is enforced, so no other zone was tried.',
    });
    expect(backend.calls.every((call) => call.region.startsWith('eu-'))).toBe(true);
    expect(backend.callsTo('us-east-1')).toBe(0);
    router.stop();
  });

  it('drops non-EU regions an EU jurisdiction lists explicitly', () => {
    const { router } = setup({ jurisdiction: 'GB', regions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'] });
    expect(router.status().candidates.map((candidate) => candidate.id)).toEqual(['eu-west-1']);
  });

  it('treats the first explicit region as home when no jurisdiction is given', () => {
    const router = createRegionRouter({
      regions: ['eu-central-1', 'us-east-1', 'eu-west-1'],
      fetch: backend.fetch,
    });
    expect(router.status()).toMatchObject({ zone: 'eu', enforced: true });
    expect(router.status().candidates.map((candidate) => candidate.id)).toEqual([
      'eu-central-1',
      'eu-west-1',
    ]);
  });

  it('lets an unenforced zone fail over across zones', async () => {
    backend.setMode('me-south-1', 'down');
    const { router } = setup({ jurisdiction: 'SA' });
    expect(servedBy(await router.fetch('/api/pricing'))).toBe('ap-southeast-1');
  });

  it('explains an unenforced outage without mentioning residency', async () => {
    backend.setMode('us-east-1', 'down');
    backend.setMode('us-west-2', 'down');
    const router = createRegionRouter({ fetch: backend.fetch, failureThreshold: 1 });
    router.start();
    await tick();
    await expect(router.fetch('/api/health')).rejects.toThrowError(
      'No healthy region: every candidate (us-east-1, us-west-2) is down.',
    );
    router.stop();
  });
});
