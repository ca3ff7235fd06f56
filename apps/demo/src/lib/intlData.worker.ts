// Loads ICU data for a locale off the main thread (see intlDataWorker.ts): V8 keeps ICU's
// locale data in one cache per renderer process, so what this worker loads, the page's own
// formatters then find ready.
import { prepareIntlData } from './prepareIntlData';

/** The two members of a dedicated worker's global scope this file uses (the app compiles against DOM types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  scope.postMessage(prepareIntlData(typeof event.data === 'string' ? event.data : ''));
};
