import type { Context, MiddlewareHandler } from 'hono';

import { errorResponse } from '../errors';
import type { TokenBucketLimiter } from '../tokenBucket';
import type { AppEnv } from '../types';

/**
 * The address a request came from. Only with `trustProxy` is
 * `X-Forwarded-For` believed — otherwise any client could pick a fresh
 * bucket per request by sending a made-up header.
 */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket.remoteAddress ?? 'unknown';
}

/** Spends one token per request; refuses with 429 and `Retry-After` when empty. */
export function rateLimit(limiter: TokenBucketLimiter, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const result = limiter.take(clientAddress(c, trustProxy));
    if (!result.allowed) {
      return errorResponse(c, 429, 'Too many requests', {
        details: { retryAfterS: result.retryAfterS },
        headers: { 'Retry-After': String(result.retryAfterS) },
      });
    }
    await next();
    return undefined;
  };
}
