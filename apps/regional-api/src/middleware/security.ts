import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers for a JSON-only API. Nothing here is ever rendered as a
 * document, so the CSP forbids everything (`default-src 'none'`) and framing
 * is denied twice (CSP `frame-ancestors` for modern browsers, X-Frame-Options
 * for old ones). HSTS is ignored by browsers on plain-http localhost, and
 * correct the moment the API sits behind TLS.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: 'max-age=63072000; includeSubDomains',
    crossOriginResourcePolicy: 'same-site',
  });
}

/**
 * CORS for an explicit list of origins — never `*`: the demo and Storybook
 * are the only pages that should read these responses from a browser.
 * `x-region` is exposed so the demo can show which region answered, and
 * `Retry-After` so it can honour a 429.
 */
export function corsFor(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'X-Request-Id'],
    exposeHeaders: ['x-region', 'x-request-id', 'Retry-After'],
    maxAge: 600,
  });
}
