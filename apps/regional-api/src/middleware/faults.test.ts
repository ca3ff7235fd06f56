import { describe, expect, it } from 'vitest';

import { json, makeTestApp } from '../testing/testApp';

const setFaults = (t: ReturnType<typeof makeTestApp>, body: unknown) => t.post('/__admin/faults', body);

describe('fault injection', () => {
  it('is absent (404) unless enabled', async () => {
    const t = makeTestApp({ faultsEnabled: false });
    expect((await t.get('/__admin/faults')).status).toBe(404);
    expect((await setFaults(t, { down: true })).status).toBe(404);
    expect((await t.post('/__admin/db/close', {})).status).toBe(404);
    expect((await t.get('/api/health')).status).toBe(200);
  });

  it('down makes every /api route answer 503 while /__admin and /metrics stay reachable', async () => {
    const t = makeTestApp();
    const set = await setFaults(t, { down: true });
    expect(set.status).toBe(200);
    expect(await json(set)).toEqual({ latencyMs: 0, errorRate: 0, down: true, seed: null });

    for (const path of ['/api/health', '/api/health/liveness', '/api/geo', '/api/pricing?country=DE']) {
      const res = await t.get(path);
      expect(res.status).toBe(503);
      expect(res.headers.get('x-region')).toBe('eu-central-1');
    }
    expect(await json(await t.get('/api/health'))).toEqual({ error: 'Region is down (fault injected)' });
    expect((await t.post('/api/consent/receipts', {})).status).toBe(503);
    expect((await t.get('/metrics')).status).toBe(200);
    expect(await json(await t.get('/__admin/faults'))).toMatchObject({ down: true });

    await setFaults(t, { down: false });
    expect((await t.get('/api/health')).status).toBe(200);
  });

  it('DELETE resets every switch', async () => {
    const t = makeTestApp();
    await setFaults(t, { down: true, errorRate: 0.5, latencyMs: 10, seed: 1 });
    const reset = await t.app.request('/__admin/faults', { method: 'DELETE' });
    expect(await json(reset)).toEqual({ latencyMs: 0, errorRate: 0, down: false, seed: null });
    expect((await t.get('/api/health')).status).toBe(200);
  });

  it('latency delays /api responses', async () => {
    const t = makeTestApp();
    await setFaults(t, { latencyMs: 120 });
    const started = performance.now();
    expect((await t.get('/api/health')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    const admin = performance.now();
    await t.get('/__admin/faults');
    expect(performance.now() - admin).toBeLessThan(100);
  });

  it('errorRate 1 fails every /api request with 500; a seed makes partial rates repeatable', async () => {
    const t = makeTestApp();
    await setFaults(t, { errorRate: 1 });
    const res = await t.get('/api/health');
    expect(res.status).toBe(500);
    expect(await json(res)).toEqual({ error: 'Internal error (fault injected)' });

    const sequence = async (): Promise<number[]> => {
      await setFaults(t, { errorRate: 0.5, seed: 1234 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i += 1) statuses.push((await t.get('/api/health')).status);
      return statuses;
    };
    const first = await sequence();
    const second = await sequence();
    expect(first).toEqual(second);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('refuses malformed fault settings with 400', async () => {
    const t = makeTestApp();
    for (const body of [{ errorRate: 2 }, { latencyMs: -1 }, { down: 'yes' }, { surprise: true }]) {
      const res = await setFaults(t, body);
      expect(res.status).toBe(400);
      expect(await json(res)).toMatchObject({ error: 'Invalid request body', details: expect.any(Array) });
    }
    expect((await setFaults(t, 'nope')).status).toBe(400);
  });

  it('closes and reopens the database: readiness fails, liveness passes', async () => {
    const t = makeTestApp();
    expect(await json(await t.post('/__admin/db/close', {}))).toEqual({ database: 'closed' });
    expect((await t.get('/api/health/readiness')).status).toBe(503);
    expect((await t.get('/api/health/liveness')).status).toBe(200);
    expect((await t.get('/api/health')).status).toBe(200);
    expect(await json(await t.post('/__admin/db/open', {}))).toEqual({ database: 'open' });
    expect((await t.get('/api/health/readiness')).status).toBe(200);
  });
});
