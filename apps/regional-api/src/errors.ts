import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error shape of the API: `{ error, details? }` (plus documented extras such as `homeRegion`). */
export interface ErrorBody {
  readonly error: string;
  readonly details?: unknown;
  readonly [extra: string]: unknown;
}

export interface ErrorOptions {
  /** Anything that helps the caller fix the request: zod issues, accepted values. */
  readonly details?: unknown;
  /** Top-level fields a contract promises next to `error` (421 → `homeRegion`). */
  readonly extra?: Readonly<Record<string, unknown>>;
  /** Response headers such as `Retry-After` or `Allow`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Thrown by handlers for an expected failure; `app.onError` turns it into
 * the JSON error shape.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly options: ErrorOptions;

  constructor(status: ContentfulStatusCode, message: string, options: ErrorOptions = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.options = options;
  }
}

/** Writes the error shape, omitting `details` when there are none. Errors are never cached. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  options: ErrorOptions = {},
): Response {
  const body: ErrorBody = {
    error,
    ...(options.details === undefined ? {} : { details: options.details }),
    ...options.extra,
  };
  return c.json(body, status, { 'Cache-Control': 'no-store', ...options.headers });
}
