import { afterEach, describe, expect, it, vi } from 'vitest';

import { type IntlDataWorker, prepareIntlDataOffMainThread } from './intlDataWorker';

type Listener = (event: Event) => void;

/** A stand-in for the dedicated worker: records what it was sent and lets a test answer. */
class FakeWorker implements IntlDataWorker {
  readonly sent: unknown[] = [];
  terminated = false;
  private readonly listeners = new Map<string, Listener[]>();

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: unknown): void {
    this.sent.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  emit(type: 'message' | 'error' | 'messageerror', data?: unknown): void {
    const event = type === 'message' ? new MessageEvent('message', { data }) : new Event(type);
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('prepareIntlDataOffMainThread', () => {
  it('sends the locale to the worker, resolves with its answer and stops it', async () => {
    const worker = new FakeWorker();
    const prepared = prepareIntlDataOffMainThread('ar', { createWorker: () => worker });
    expect(worker.sent).toEqual(['ar']);
    worker.emit('message', true);
    await expect(prepared).resolves.toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('resolves false when the worker reports a locale the engine rejects', async () => {
    const worker = new FakeWorker();
    const prepared = prepareIntlDataOffMainThread('not a locale', { createWorker: () => worker });
    worker.emit('message', false);
    await expect(prepared).resolves.toBe(false);
  });

  it.each(['error', 'messageerror'] as const)(
    'prepares on the main thread when the worker fails (%s)',
    async (type) => {
      const worker = new FakeWorker();
      const prepared = prepareIntlDataOffMainThread('de', { createWorker: () => worker });
      worker.emit(type);
      await expect(prepared).resolves.toBe(true);
      expect(worker.terminated).toBe(true);
    },
  );

  it('prepares on the main thread when the worker cannot start', async () => {
    const createWorker = () => {
      throw new Error('blocked by policy');
    };
    await expect(prepareIntlDataOffMainThread('ja', { createWorker })).resolves.toBe(true);
  });

  it('stops waiting after the timeout, so a silent worker never holds boot', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const prepared = prepareIntlDataOffMainThread('fr', { createWorker: () => worker, timeoutMs: 200 });
    await vi.advanceTimersByTimeAsync(200);
    await expect(prepared).resolves.toBe(false);
    expect(worker.terminated).toBe(true);
    // A late answer changes nothing.
    worker.emit('message', true);
    await expect(prepared).resolves.toBe(false);
  });

  it('prepares on the main thread where there are no workers', async () => {
    // Node has no Worker global: the default factory falls back instead of throwing.
    expect(typeof Worker).toBe('undefined');
    await expect(prepareIntlDataOffMainThread('he')).resolves.toBe(true);
  });
});
