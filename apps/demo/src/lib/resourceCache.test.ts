import { describe, expect, it } from 'vitest';

import { createResourceCache, pricingPath } from './resourceCache';

const isNumbers = (value: unknown): value is { n: number } =>
  typeof value === 'object' && value !== null && typeof (value as { n?: unknown }).n === 'number';

/** A router whose answers the test releases one by one; records every path asked. */
function fakeRouter() {
  const calls: { path: string; signal: AbortSignal | null; answer: (response: Response) => void }[] = [];
  const router = {
    fetch: (path: string, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal ?? null;
        signal?.addEventListener('abort', () => reject(signal.reason));
        calls.push({ path, signal, answer: resolve });
      }),
  };
  return { router, calls };
}

describe('pricingPath', () => {
  it('keys pricing by jurisdiction code and currency', () => {
    expect(pricingPath('DE')).toBe('/api/pricing?country=DE');
    expect(pricingPath('US-CA', 'EUR')).toBe('/api/pricing?country=US-CA&currency=EUR');
  });
});

describe('createResourceCache', () => {
  it('deduplicates: the prefetch and the view share one in-flight request and its answer', async () => {
    const { router, calls } = fakeRouter();
    const cache = createResourceCache(router);
    const prefetch = cache.get('/api/pricing?country=DE', isNumbers);
    const view = cache.get('/api/pricing?country=DE', isNumbers);
    expect(view).toBe(prefetch);
    expect(calls.map((c) => c.path)).toEqual(['/api/pricing?country=DE']);
    calls[0]?.answer(Response.json({ n: 1 }, { headers: { 'x-region': 'eu-central-1' } }));
    expect(await view).toEqual({ ok: true, data: { n: 1 }, region: 'eu-central-1' });
    // Finished answers are reused too.
    expect(await cache.get('/api/pricing?country=DE', isNumbers)).toEqual(await prefetch);
    expect(calls).toHaveLength(1);
  });

  it('asks separately for another country or currency', () => {
    const { router, calls } = fakeRouter();
    const cache = createResourceCache(router);
    void cache.get(pricingPath('DE'), isNumbers);
    void cache.get(pricingPath('DE', 'USD'), isNumbers);
    void cache.get(pricingPath('FR'), isNumbers);
    expect(calls.map((c) => c.path)).toEqual([
      '/api/pricing?country=DE',
      '/api/pricing?country=DE&currency=USD',
      '/api/pricing?country=FR',
    ]);
  });

  it('invalidates one path, or every path with a prefix (a currency or country change)', () => {
    const { router, calls } = fakeRouter();
    const cache = createResourceCache(router);
    void cache.get(pricingPath('DE'), isNumbers);
    void cache.get(pricingPath('DE', 'USD'), isNumbers);
    void cache.get('/api/exchange-rates?base=EUR', isNumbers);
    cache.invalidate('/api/pricing', { prefix: true });
    void cache.get(pricingPath('DE'), isNumbers);
    void cache.get(pricingPath('DE', 'USD'), isNumbers);
    void cache.get('/api/exchange-rates?base=EUR', isNumbers);
    expect(calls.map((c) => c.path)).toEqual([
      '/api/pricing?country=DE',
      '/api/pricing?country=DE&currency=USD',
      '/api/exchange-rates?base=EUR',
      '/api/pricing?country=DE',
      '/api/pricing?country=DE&currency=USD',
    ]);
    // Exact invalidation does not touch paths that merely start with it.
    cache.invalidate('/api/pricing?country=DE');
    void cache.get(pricingPath('DE', 'USD'), isNumbers);
    void cache.get(pricingPath('DE'), isNumbers);
    expect(calls.slice(5).map((c) => c.path)).toEqual(['/api/pricing?country=DE']);
  });

  it('keeps a failure for the view to show, and asks again after a retry', async () => {
    const { router, calls } = fakeRouter();
    const cache = createResourceCache(router);
    const prefetch = cache.get(pricingPath('DE'), isNumbers);
    calls[0]?.answer(new Response('down', { status: 503 }));
    expect(await prefetch).toEqual({ ok: false, error: { kind: 'server', status: 503 } });
    // The view mounting later gets the same failure, without a second request.
    expect(await cache.get(pricingPath('DE'), isNumbers)).toEqual({
      ok: false,
      error: { kind: 'server', status: 503 },
    });
    expect(calls).toHaveLength(1);
    // Retry: drop it, ask again.
    cache.invalidate(pricingPath('DE'));
    const retried = cache.get(pricingPath('DE'), isNumbers);
    expect(calls).toHaveLength(2);
    calls[1]?.answer(Response.json({ n: 2 }));
    expect(await retried).toEqual({ ok: true, data: { n: 2 }, region: null });
  });

  it('aborts what is in flight and forgets everything on dispose', async () => {
    const { router, calls } = fakeRouter();
    const cache = createResourceCache(router);
    const pending = cache.get(pricingPath('DE'), isNumbers);
    cache.dispose();
    expect(calls[0]?.signal?.aborted).toBe(true);
    await expect(pending).rejects.toBeDefined();
  });

  it('peeks at a finished answer only: not in flight, not after invalidation, not for another guard', async () => {
    const { router, calls } = fakeRouter();
    const cache = createResourceCache(router);
    const isAnything = (value: unknown): value is unknown => value !== undefined;
    const prefetch = cache.get(pricingPath('DE'), isNumbers);
    expect(cache.peek(pricingPath('DE'), isNumbers)).toBeUndefined();
    calls[0]?.answer(Response.json({ n: 1 }));
    const answer = await prefetch;
    // The very object the promise resolved with: a view seeded from it can tell it is the same.
    expect(cache.peek(pricingPath('DE'), isNumbers)).toBe(answer);
    expect(cache.peek(pricingPath('DE'), isAnything)).toBeUndefined();
    expect(cache.peek(pricingPath('FR'), isNumbers)).toBeUndefined();
    cache.invalidate('/api/pricing', { prefix: true });
    expect(cache.peek(pricingPath('DE'), isNumbers)).toBeUndefined();
  });

  it('does not keep the answer of a request invalidated while it was in flight', async () => {
    const { router, calls } = fakeRouter();
    const cache = createResourceCache(router);
    const stale = cache.get(pricingPath('DE'), isNumbers);
    cache.invalidate(pricingPath('DE'));
    calls[0]?.answer(Response.json({ n: 1 }));
    await stale;
    expect(cache.peek(pricingPath('DE'), isNumbers)).toBeUndefined();
    cache.dispose();
  });

  it('forgets finished answers on dispose', async () => {
    const { router, calls } = fakeRouter();
    const cache = createResourceCache(router);
    const request = cache.get(pricingPath('DE'), isNumbers);
    calls[0]?.answer(Response.json({ n: 1 }));
    await request;
    cache.dispose();
    expect(cache.peek(pricingPath('DE'), isNumbers)).toBeUndefined();
  });
});
