import { describe, expect, it } from 'vitest';

import { json, makeTestApp } from '../testing/testApp';

describe('health endpoints', () => {
  it('GET /api/health reports status, region, version and uptime', async () => {
    const t = makeTestApp({ region: 'eu-west-1', version: '1.2.3' });
    t.clock.advance(42_500);
    const res = await t.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await json(res)).toEqual({ status: 'ok', region: 'eu-west-1', version: '1.2.3', uptimeS: 42 });
  });

  it('GET /api/health/database really queries the database', async () => {
    const t = makeTestApp();
    const res = await t.get('/api/health/database');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toMatchObject({ status: 'ok', region: 'eu-central-1' });
    expect(typeof body['latencyMs']).toBe('number');

    t.db.close();
    const down = await t.get('/api/health/database');
    expect(down.status).toBe(503);
    expect(await json(down)).toEqual({
      error: 'Database unavailable',
      details: { region: 'eu-central-1', status: 'down' },
    });
  });

  it('readiness fails while the database is closed; liveness keeps passing', async () => {
    const t = makeTestApp();
    expect((await t.get('/api/health/readiness')).status).toBe(200);
    t.db.close();
    const notReady = await t.get('/api/health/readiness');
    expect(notReady.status).toBe(503);
    expect(await json(notReady)).toMatchObject({ error: expect.stringMatching(/database/i) });
    const alive = await t.get('/api/health/liveness');
    expect(alive.status).toBe(200);
    expect(await json(alive)).toEqual({ status: 'alive', region: 'eu-central-1' });
    t.db.open();
    expect((await t.get('/api/health/readiness')).status).toBe(200);
  });

  it('GET /api/health/external reports the rate snapshot it depends on', async () => {
    const res = await makeTestApp().get('/api/health/external');
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      status: 'ok',
      checks: [{ name: 'exchange-rates', status: 'ok', asOf: '2025-02-28' }],
    });
  });

  it('GET /api/health/detailed reports process internals', async () => {
    const t = makeTestApp({ version: '9.9.9' });
    const body = await json(await t.get('/api/health/detailed'));
    expect(body).toMatchObject({
      status: 'ok',
      region: 'eu-central-1',
      residencyZone: 'eu',
      version: '9.9.9',
      node: process.version,
      uptimeS: 0,
      database: { status: 'ok', latencyMs: expect.any(Number) },
      memory: {
        rssBytes: expect.any(Number),
        heapUsedBytes: expect.any(Number),
        heapTotalBytes: expect.any(Number),
      },
      eventLoopDelayMs: { p50Ms: expect.any(Number), p99Ms: expect.any(Number), maxMs: expect.any(Number) },
    });
    t.db.close();
    expect(await json(await t.get('/api/health/detailed'))).toMatchObject({
      status: 'degraded',
      database: { status: 'down', latencyMs: null },
    });
  });
});
