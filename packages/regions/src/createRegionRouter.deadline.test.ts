import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createRegionRouter } from './createRegionRouter';

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A fetch whose answers the test releases by hand, recording what it was given. */
function manualFetch() {
  const calls: { url: string; init: RequestInit | undefined; answer: (response: Response) => void }[] = [];
  const fetch = ((url: string, init?: RequestInit) =>
    new Promise<Response>((resolve) => {
      calls.push({ url, init, answer: resolve });
    })) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** A response whose body reports being cancelled. */
function trackedResponse(status = 200) {
  let cancelled = false;
  const body = new ReadableStream({
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(body, { status }), cancelled: () => cancelled };
}

describe('router.fetch — per-request deadline', () => {
  it('hands fetch the caller’s init unchanged: no per-request signal or copy', async () => {
    const { fetch, calls } = manualFetch();
    const router = createRegionRouter({ jurisdiction: 'DE', fetch });
    const init: RequestInit = { method: 'GET', headers: { accept: 'application/json' } };
    const pending = router.fetch('/api/pricing', init);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init).toBe(init);
    calls[0]?.answer(new Response('ok'));
    expect((await pending).status).toBe(200);
    expect(vi.getTimerCount()).toBe(0);

    const noInit = router.fetch('/api/pricing');
    expect(calls[1]?.init).toBeUndefined();
    calls[1]?.answer(new Response('ok'));
    await noInit;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fails over at the deadline and releases the late response of the timed-out region', async () => {
    const { fetch, calls } = manualFetch();
    const router = createRegionRouter({ jurisdiction: 'DE', fetch, timeoutMs: 1_000 });
    const pending = router.fetch('/api/pricing');
    await tick(999);
    expect(calls).toHaveLength(1);
    await tick(1);
    expect(calls.map((call) => call.url)).toEqual([
      expect.stringContaining('/api/pricing'),
      expect.stringContaining('/api/pricing'),
    ]);
    expect(calls[1]?.url).not.toBe(calls[0]?.url);
    calls[1]?.answer(new Response('from backup'));
    expect(await (await pending).text()).toBe('from backup');
    expect(router.status().candidates[0]).toMatchObject({
      consecutiveFailures: 1,
      lastError: 'TimeoutError: No response within 1000 ms',
    });

    const late = trackedResponse();
    calls[0]?.answer(late.response);
    await tick();
    expect(late.cancelled()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('honours the caller’s abort even with a fetch that ignores signals, and forgets its listener', async () => {
    const { fetch, calls } = manualFetch();
    const router = createRegionRouter({ jurisdiction: 'DE', fetch });
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const pending = router.fetch('/api/pricing', { signal: controller.signal });
    // The caller's signal reaches fetch as is, so it can also abort the body.
    expect(calls[0]?.init?.signal).toBe(controller.signal);
    controller.abort(new DOMException('user left', 'AbortError'));
    await expect(pending).rejects.toThrowError('user left');
    expect(calls).toHaveLength(1);
    expect(router.status().candidates[0]?.consecutiveFailures).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]?.[1]);

    const late = trackedResponse();
    calls[0]?.answer(late.response);
    await tick();
    expect(late.cancelled()).toBe(true);
  });

  it('rejects at once for an already-aborted signal without blaming the region', async () => {
    const { fetch } = manualFetch();
    const router = createRegionRouter({ jurisdiction: 'DE', fetch });
    const pending = router.fetch('/api/pricing', { signal: AbortSignal.abort(new Error('too late')) });
    await expect(pending).rejects.toThrowError('too late');
    expect(router.status().candidates[0]?.consecutiveFailures).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removes the caller’s abort listener once the response arrives', async () => {
    const { fetch, calls } = manualFetch();
    const router = createRegionRouter({ jurisdiction: 'DE', fetch });
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const pending = router.fetch('/api/pricing', { signal: controller.signal });
    calls[0]?.answer(new Response('ok'));
    expect((await pending).status).toBe(200);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
