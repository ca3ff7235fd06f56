import { afterEach, describe, expect, it, vi } from 'vitest';

import { createReceiptSender } from './createReceiptSender';
import { NO_CONSENT } from './types';

const receipt = {
  consentId: 'ab'.repeat(16),
  jurisdiction: 'DE',
  policyRevision: '2026-11',
  decisions: NO_CONSENT,
  source: 'banner' as const,
};

afterEach(() => vi.useRealTimers());

describe('createReceiptSender', () => {
  it('retries network errors and 5xx with exponential backoff, then succeeds', async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValueOnce(new Response('{}', { status: 201 }));
    const onResult = vi.fn();
    createReceiptSender({ fetch, onResult, baseDelayMs: 100, locale: 'en-US' })(receipt);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(onResult).toHaveBeenCalledWith({ ok: true, attempts: 3, status: 201 });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/consent/receipts');
  });

  it('gives up after maxAttempts and never throws', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('offline'));
    const onResult = vi.fn();
    createReceiptSender({ fetch, onResult, maxAttempts: 3, baseDelayMs: 10 })(receipt);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(onResult).toHaveBeenCalledWith({ ok: false, attempts: 3 });
  });

  it('does not retry a 4xx rejection', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('', { status: 400 }));
    const onResult = vi.fn();
    createReceiptSender({ fetch, onResult })(receipt);
    await vi.waitFor(() => expect(onResult).toHaveBeenCalledWith({ ok: false, attempts: 1, status: 400 }));
  });

  it('posts through a region router to the home region path', async () => {
    const router = { fetch: vi.fn(async () => new Response('{}', { status: 201 })) };
    createReceiptSender({ router, locale: () => 'ar' })(receipt);
    await vi.waitFor(() => expect(router.fetch).toHaveBeenCalledTimes(1));
    const [path, init] = router.fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/consent/receipts');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ ...receipt, locale: 'ar' });
  });
});
