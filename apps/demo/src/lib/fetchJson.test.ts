import { NoHealthyRegionError } from '@globalkit/regions';
import { describe, expect, it } from 'vitest';

import { fetchJson } from './fetchJson';

const isNumbers = (value: unknown): value is { n: number } =>
  typeof value === 'object' && value !== null && typeof (value as { n?: unknown }).n === 'number';

const routerFor = (respond: () => Promise<Response>) => ({ fetch: respond });

describe('fetchJson', () => {
  it('returns valid data with the answering region', async () => {
    const router = routerFor(async () => Response.json({ n: 1 }, { headers: { 'x-region': 'eu-west-1' } }));
    expect(await fetchJson(router, '/api/x', isNumbers)).toEqual({
      ok: true,
      data: { n: 1 },
      region: 'eu-west-1',
    });
  });

  it('classifies 5xx, 4xx, malformed JSON and wrong shapes', async () => {
    expect(
      await fetchJson(
        routerFor(async () => new Response('x', { status: 503 })),
        '/x',
        isNumbers,
      ),
    ).toEqual({
      ok: false,
      error: { kind: 'server', status: 503 },
    });
    expect(
      await fetchJson(
        routerFor(async () => new Response('x', { status: 400 })),
        '/x',
        isNumbers,
      ),
    ).toEqual({
      ok: false,
      error: { kind: 'rejected', status: 400 },
    });
    expect(
      await fetchJson(
        routerFor(async () => new Response('{oops', { status: 200 })),
        '/x',
        isNumbers,
      ),
    ).toEqual({
      ok: false,
      error: { kind: 'malformed', status: 200 },
    });
    expect(
      await fetchJson(
        routerFor(async () => Response.json({ n: 'one' })),
        '/x',
        isNumbers,
      ),
    ).toEqual({
      ok: false,
      error: { kind: 'malformed', status: 200 },
    });
  });

  it('classifies network errors, timeouts and no healthy region', async () => {
    const fail = (error: unknown) => routerFor(() => Promise.reject(error));
    expect(await fetchJson(fail(new TypeError('Failed to fetch')), '/x', isNumbers)).toEqual({
      ok: false,
      error: { kind: 'network' },
    });
    expect(await fetchJson(fail(new DOMException('slow', 'TimeoutError')), '/x', isNumbers)).toEqual({
      ok: false,
      error: { kind: 'timeout' },
    });
    expect(
      await fetchJson(
        fail(new NoHealthyRegionError('eu', ['eu-west-1', 'eu-central-1'], true)),
        '/x',
        isNumbers,
      ),
    ).toEqual({ ok: false, error: { kind: 'noRegion' } });
  });
});
