// Pure helpers of server/serve.mjs, kept here (plain ESM, typed by
// serverPolicy.d.mts) so the root Vitest node project tests them and Node
// runs them without a build step.
import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';

/** Routes the SPA answers with index.html. */
export const SPA_ROUTES = ['/', '/pricing', '/status', '/privacy'];

/** Placeholder Vite writes where the per-request nonce goes (`html.cspNonce`). */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** A fresh base64 nonce (128 bits, as CSP3 recommends). */
export function createNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * The Content-Security-Policy of the preview: scripts only from this
 * origin, styles from this origin or carrying this request's nonce
 * (emotion), fetches only to this origin and the regional APIs.
 */
export function buildCsp(nonce, apiOrigins) {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce))
    throw new TypeError('buildCsp: the nonce must be base64, 16+ characters.');
  for (const origin of apiOrigins) {
    if (!/^https?:\/\/[A-Za-z0-9.[\]:-]+$/.test(origin))
      throw new TypeError(`buildCsp: ${JSON.stringify(origin)} is not an origin.`);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    ['connect-src', "'self'", ...apiOrigins].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Decides what a request path serves: a file under the dist root, the SPA
 * shell (`status` 200 for the four routes; 404 for any other extension-less
 * path, so the app renders its localized not-found view), or a plain 404
 * (missing assets and other files). Returns `{ kind: 'file', file, immutable }`,
 * `{ kind: 'spa', status }` or `{ kind: 'not-found' }`. Never returns a
 * path outside the root: `..`, encoded slashes and backslashes, NUL bytes
 * and dotfiles are refused.
 */
export function resolveRequestPath(rawUrl) {
  const notFound = { kind: 'not-found' };
  if (typeof rawUrl !== 'string' || !rawUrl.startsWith('/')) return notFound;
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /%2f|%5c/i.test(pathname)) return notFound;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return notFound;
  const normalized = posix.normalize(decoded);
  const route = normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized;
  if (SPA_ROUTES.includes(route) || route === '/index.html') return { kind: 'spa', status: 200 };
  // A page-like path (no extension) the app does not know: its own not-found view, with a 404.
  if (!normalized.startsWith('/assets/') && posix.extname(route) === '') return { kind: 'spa', status: 404 };
  if (normalized.endsWith('/')) return notFound;
  return { kind: 'file', file: normalized.slice(1), immutable: normalized.startsWith('/assets/') };
}

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content-Type by extension; unknown types are served as opaque bytes. */
export function contentTypeFor(file) {
  return TYPES[posix.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The response encoding for a file: `br` or `gzip` for text types when the
 * request's Accept-Encoding allows it (`q=0` refuses), otherwise undefined
 * (identity). Fonts and images are already compressed.
 */
export function encodingFor(file, acceptEncoding) {
  const type = contentTypeFor(file);
  if (!/^(text\/|application\/(javascript|json|manifest\+json)|image\/svg\+xml)/.test(type)) return undefined;
  const accepted = new Map(qualityList(acceptEncoding).map(({ value, q }) => [value.toLowerCase(), q]));
  for (const encoding of ['br', 'gzip']) if ((accepted.get(encoding) ?? 0) > 0) return encoding;
  return undefined;
}

/**
 * The entries of a q-valued header (Accept-Encoding, Accept-Language), in
 * header order: `value` as written, `q` 1 when absent. Empty entries are
 * dropped; a malformed `q` counts as 1, as before for encodings.
 */
export function qualityList(header) {
  return String(header ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([value]) => value)
    .map(([value, ...params]) => {
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)).find(Boolean);
      return { value: value.trim(), q: q ? Number(q[1]) : 1 };
    });
}

/** Cache-Control: hashed assets forever, everything else revalidated. */
export function cacheControlFor(resolved) {
  return resolved.kind === 'file' && resolved.immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The port from `--port <n>` / `--port=<n>`, else `PORT`, else 4173. */
export function portFrom(argv, env) {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const raw = index < 0 ? env.PORT : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const port = Number(raw ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new RangeError(`Invalid port ${JSON.stringify(raw)}.`);
  return port;
}
