import type { RegionRouter } from '@globalkit/regions';

import type { ConsentDecisions, ConsentSource } from './types';

/** Body of `POST /api/consent/receipts`. */
export interface ConsentReceipt {
  readonly consentId: string;
  readonly jurisdiction: string;
  readonly policyRevision: string;
  readonly decisions: ConsentDecisions;
  readonly source: ConsentSource;
  readonly locale: string;
}

/** Where and how receipts are sent. Give `router` to reach the user's home region. */
export interface ReceiptOptions {
  /** Absolute or relative URL of the receipts endpoint. @defaultValue `'/api/consent/receipts'` */
  readonly endpoint?: string;
  /** Region router; receipts go to `/api/consent/receipts` of the home region. */
  readonly router?: Pick<RegionRouter, 'fetch'>;
  /** Locale sent with the receipt. @defaultValue `document.documentElement.lang` or `'en-US'` */
  readonly locale?: string | (() => string);
  /** Total attempts per receipt. @defaultValue 5 */
  readonly maxAttempts?: number;
  /** First retry delay; doubles each attempt. @defaultValue 1000 */
  readonly baseDelayMs?: number;
  /** Fetch used with `endpoint`. @defaultValue `globalThis.fetch` */
  readonly fetch?: typeof fetch;
  /** Called once a receipt is stored or given up on (never throws into the UI). */
  readonly onResult?: (result: {
    readonly ok: boolean;
    readonly attempts: number;
    readonly status?: number;
  }) => void;
}

const RECEIPTS_PATH = '/api/consent/receipts';

function resolveLocale(locale: ReceiptOptions['locale']): string {
  if (typeof locale === 'function') return locale();
  if (locale) return locale;
  return (typeof document === 'undefined' ? '' : document.documentElement.lang) || 'en-US';
}

/**
 * Returns a fire-and-forget sender: each receipt is POSTed in the
 * background and retried with exponential backoff on network errors, 429
 * and 5xx, at most `maxAttempts` times. Other 4xx are final (retrying a
 * rejected body cannot succeed).
 */
export function createReceiptSender(
  options: ReceiptOptions,
): (receipt: Omit<ConsentReceipt, 'locale'>) => void {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const baseDelay = options.baseDelayMs ?? 1000;
  const post = (body: string): Promise<Response> => {
    const init: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
    if (options.router) return options.router.fetch(RECEIPTS_PATH, init);
    return (options.fetch ?? globalThis.fetch)(options.endpoint ?? RECEIPTS_PATH, init);
  };
  return (receipt) => {
    const body = JSON.stringify({ ...receipt, locale: resolveLocale(options.locale) });
    const attempt = (n: number): void => {
      // `status` is absent only when no response arrived (network error).
      const done = (ok: boolean, status?: number) =>
        options.onResult?.({ ok, attempts: n, ...(status === undefined ? {} : { status }) });
      const retry = (status?: number) => {
        if (n >= maxAttempts) done(false, status);
        else setTimeout(() => attempt(n + 1), baseDelay * 2 ** (n - 1));
      };
      post(body).then(
        (res) => {
          if (res.status === 429 || res.status >= 500) retry(res.status);
          else done(res.ok, res.status);
        },
        () => retry(),
      );
    };
    attempt(1);
  };
}
