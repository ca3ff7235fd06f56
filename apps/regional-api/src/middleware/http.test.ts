import { describe, expect, it } from 'vitest';

import { RegionalDatabase, type ConsentReceiptRecord } from '../db';
import { json, makeTestApp, VALID_RECEIPT } from '../testing/testApp';

/** A database whose writes fail the way a full disk would. */
class BrokenDatabase extends RegionalDatabase {
  override insertConsentReceipt(_record: ConsentReceiptRecord): void {
    throw new Error('SQLITE_FULL: database or disk is full');
  }
}

const ALLOWED = 'http://localhost:5173';
const FOREIGN = 'https://evil.example';

describe('cross-cutting HTTP behaviour', () => {
  it('answers unknown routes with a JSON 404 that still carries x-region', async () => {
    const res = await makeTestApp({ region: 'ap-southeast-1' }).get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('x-region')).toBe('ap-southeast-1');
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await json(res)).toEqual({ error: 'Not found', details: { path: '/api/nope' } });
  });

  it('answers a wrong method with a JSON 405 and an Allow header', async () => {
    const t = makeTestApp();
    const put = await t.app.request('/api/health', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    expect(await json(put)).toEqual({ error: 'Method PUT not allowed', details: { allow: ['GET', 'HEAD'] } });
    const get = await t.get('/api/consent/receipts');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('sets security headers on every response, errors included', async () => {
    const t = makeTestApp();
    for (const res of [
      await t.get('/api/health'),
      await t.get('/nope'),
      await t.post('/api/consent/receipts', '{'),
    ]) {
      expect(res.headers.get('x-region')).toBe('eu-central-1');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('content-security-policy')).toMatch(
        /default-src 'none'.*frame-ancestors 'none'/,
      );
      expect(res.headers.get('x-request-id')).toMatch(/.+/);
    }
  });

  it.each([
    ['/api/health', 'no-store'],
    ['/api/health/liveness', 'no-store'],
    ['/api/geo?country=DE', 'private, no-store'],
    ['/api/pricing?country=DE', 'public, max-age=300'],
    ['/api/exchange-rates?base=USD', 'public, max-age=300'],
    ['/metrics', 'no-store'],
    ['/api/pricing?country=DE&currency=XYZ', 'no-store'],
    ['/nope', 'no-store'],
  ])('Cache-Control of GET %s is %j', async (path, expected) => {
    expect((await makeTestApp().get(path)).headers.get('cache-control')).toBe(expected);
  });

  it('POST responses are never cached', async () => {
    const res = await makeTestApp().post('/api/consent/receipts', VALID_RECEIPT);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  describe('CORS', () => {
    it('reflects an allowed origin and exposes x-region', async () => {
      const res = await makeTestApp().get('/api/health', { Origin: ALLOWED });
      expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(res.headers.get('access-control-expose-headers')).toMatch(/x-region/);
      expect(res.headers.get('vary')).toMatch(/Origin/);
    });

    it('gives a foreign origin no CORS grant (and never a wildcard)', async () => {
      const res = await makeTestApp().get('/api/health', { Origin: FOREIGN });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers preflights for allowed origins only', async () => {
      const t = makeTestApp();
      const preflight = (origin: string) =>
        t.app.request('/api/consent/receipts', {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type',
          },
        });
      const ok = await preflight(ALLOWED);
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(ok.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(ok.headers.get('access-control-allow-headers')).toMatch(/Content-Type/i);
      expect(ok.headers.get('x-region')).toBe('eu-central-1');
      const foreign = await preflight(FOREIGN);
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('honours a configured origin list', async () => {
      const t = makeTestApp({ allowedOrigins: ['https://app.example'] });
      expect(
        (await t.get('/api/health', { Origin: 'https://app.example' })).headers.get(
          'access-control-allow-origin',
        ),
      ).toBe('https://app.example');
      expect(
        (await t.get('/api/health', { Origin: ALLOWED })).headers.get('access-control-allow-origin'),
      ).toBeNull();
    });
  });

  it('maps an unexpected failure to a generic 500 and logs it with the request id', async () => {
    const t = makeTestApp({ db: new BrokenDatabase(':memory:') });
    const res = await t.post('/api/consent/receipts', VALID_RECEIPT, { 'x-request-id': 'req-500' });
    expect(res.status).toBe(500);
    // Internals (the SQLite message) stay in the log, not in the response.
    expect(await json(res)).toEqual({ error: 'Internal server error' });
    expect(t.logs).toContainEqual(
      expect.objectContaining({
        msg: 'unhandled error',
        requestId: 'req-500',
        error: expect.stringMatching(/SQLITE_FULL/),
      }),
    );
    expect(t.logs).toContainEqual(
      expect.objectContaining({ msg: 'request', status: 500, requestId: 'req-500' }),
    );
  });

  it('writes one structured log line per request', async () => {
    const t = makeTestApp();
    await t.get('/api/health', { 'x-request-id': 'req-123' });
    expect(t.logs).toEqual([
      {
        msg: 'request',
        method: 'GET',
        path: '/api/health',
        route: '/api/health',
        status: 200,
        ms: expect.any(Number),
        region: 'eu-central-1',
        requestId: 'req-123',
      },
    ]);
  });

  describe('rate limiting', () => {
    it('refuses POSTs past the burst with 429 and Retry-After, per client address', async () => {
      const t = makeTestApp({ rateLimit: { capacity: 2, refillPerSecond: 0.5 } });
      const from = (ip: string) => t.post('/api/consent/receipts', VALID_RECEIPT, { 'x-forwarded-for': ip });
      expect((await from('10.0.0.1')).status).toBe(201);
      expect((await from('10.0.0.1')).status).toBe(201);
      const limited = await from('10.0.0.1');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('2');
      expect(await json(limited)).toEqual({ error: 'Too many requests', details: { retryAfterS: 2 } });
      // Another client is unaffected, privacy requests share the budget.
      expect((await from('10.0.0.2')).status).toBe(201);
      const privacy = await t.post(
        '/api/privacy/requests',
        { type: 'access', jurisdiction: 'DE', email: 'a@b.de', locale: 'de' },
        { 'x-forwarded-for': '10.0.0.1' },
      );
      expect(privacy.status).toBe(429);
      // Two seconds later one token is back.
      t.clock.advance(2_000);
      expect((await from('10.0.0.1')).status).toBe(201);
    });

    it('does not limit GETs', async () => {
      const t = makeTestApp({ rateLimit: { capacity: 1, refillPerSecond: 0.01 } });
      for (let i = 0; i < 5; i += 1) expect((await t.get('/api/health')).status).toBe(200);
    });

    it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
      const t = makeTestApp({ trustProxy: false, rateLimit: { capacity: 1, refillPerSecond: 0.01 } });
      expect(
        (await t.post('/api/consent/receipts', VALID_RECEIPT, { 'x-forwarded-for': '1.1.1.1' })).status,
      ).toBe(201);
      // A made-up header does not buy a fresh bucket.
      expect(
        (await t.post('/api/consent/receipts', VALID_RECEIPT, { 'x-forwarded-for': '2.2.2.2' })).status,
      ).toBe(429);
    });
  });

  describe('GET /metrics', () => {
    it('counts requests by route template, method and status', async () => {
      const t = makeTestApp();
      await t.get('/api/health');
      await t.get('/api/health');
      await t.get('/api/privacy/requests/4b0a3c1e-8f1f-4c55-9f0e-2a1b3c4d5e6f');
      await t.get('/api/privacy/requests/not-a-uuid');
      await t.get('/nope');
      const res = await t.get('/metrics');
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      expect(text).toContain('http_requests_total{route="/api/health",method="GET",status="200"} 2');
      expect(text).toContain(
        'http_requests_total{route="/api/privacy/requests/:id",method="GET",status="404"} 1',
      );
      expect(text).toContain(
        'http_requests_total{route="/api/privacy/requests/:id",method="GET",status="400"} 1',
      );
      expect(text).toContain('http_requests_total{route="unmatched",method="GET",status="404"} 1');
      expect(text).not.toContain('not-a-uuid');
      expect(text).toContain('http_request_duration_seconds_bucket{route="/api/health",le="+Inf"} 2');
      expect(text).toContain('http_request_duration_seconds_count{route="/api/health"} 2');
      expect(text).toMatch(/# TYPE http_request_duration_seconds histogram/);
      expect(text).toMatch(/process_uptime_seconds\{region="eu-central-1"\} \d/);
    });

    it('counts a request refused by the rate limiter under its route', async () => {
      const t = makeTestApp({ rateLimit: { capacity: 1, refillPerSecond: 0.01 } });
      await t.post('/api/consent/receipts', VALID_RECEIPT);
      await t.post('/api/consent/receipts', VALID_RECEIPT);
      expect(t.metrics.requestCount('/api/consent/receipts')).toBe(2);
      const text = await (await t.get('/metrics')).text();
      expect(text).toContain(
        'http_requests_total{route="/api/consent/receipts",method="POST",status="429"} 1',
      );
    });
  });
});
