import { prepareIntlData } from './prepareIntlData';

/**
 * How long boot waits for the worker before rendering without it. From
 * `new Worker` to its answer takes ~150–230 ms here (unthrottled, 2 cores;
 * starting a worker thread alone is 110–175 ms); far longer means it is not
 * running, and the first render then loads the data itself, as it would
 * without a worker.
 */
export const INTL_WORKER_TIMEOUT_MS = 1500;

/** The part of `Worker` this module uses (tests pass a fake). */
export interface IntlDataWorker {
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** Options of {@link prepareIntlDataOffMainThread}. */
export interface IntlWorkerOptions {
  /** Starts the worker. @defaultValue a dedicated worker running `intlData.worker.ts` */
  readonly createWorker?: () => IntlDataWorker;
  /** @defaultValue {@link INTL_WORKER_TIMEOUT_MS} */
  readonly timeoutMs?: number;
}

const startWorker = (): IntlDataWorker =>
  // A literal `new Worker(new URL(…))`: that is the form Vite bundles into a chunk of its own.
  new Worker(new URL('./intlData.worker.ts', import.meta.url), { name: 'intl-data' });

/**
 * {@link prepareIntlData} in a worker. The first `Intl.DisplayNames` of a page
 * loads ICU's locale data: 140–240 ms of main thread at Lighthouse's 4× CPU
 * (measured in Chromium here), one task that blocks input. ICU's cache is
 * shared by every thread of the renderer process, so after the worker has
 * loaded it the page's own first formatters take 0–10 ms.
 *
 * Resolves once the data is loaded (`true`), or `false` when the engine
 * rejects the locale or the worker did not answer within `timeoutMs`. Where
 * workers cannot run (no `Worker`, or it fails to start or load) it prepares
 * on the main thread instead, as boot did before. Never rejects.
 */
export function prepareIntlDataOffMainThread(
  locale: string,
  { createWorker = startWorker, timeoutMs = INTL_WORKER_TIMEOUT_MS }: IntlWorkerOptions = {},
): Promise<boolean> {
  let worker: IntlDataWorker;
  try {
    // Also where there is no `Worker` at all: the constructor then throws a ReferenceError.
    worker = createWorker();
  } catch {
    return Promise.resolve(prepareIntlData(locale));
  }
  return new Promise<boolean>((resolve) => {
    let settled = false;
    const settle = (prepared: () => boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(prepared());
    };
    const timer = setTimeout(() => settle(() => false), timeoutMs);
    worker.addEventListener('message', (event) =>
      settle(() => (event as MessageEvent<unknown>).data === true),
    );
    // The script did not load or run (blocked, offline): do what boot did without a worker.
    worker.addEventListener('error', () => settle(() => prepareIntlData(locale)));
    worker.addEventListener('messageerror', () => settle(() => prepareIntlData(locale)));
    worker.postMessage(locale);
  });
}
