#!/usr/bin/env node
// Production preview of the demo: serves dist/ with a strict CSP and a fresh
// style nonce per request. node:http only; the decisions (paths, headers,
// policy) live in src/server/serverPolicy.mjs where they are unit-tested.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

import { documentLocaleFor, preloadHintsFor, withDocumentLocale } from '../src/server/preloadPlan.mjs';
import {
  buildCsp,
  cacheControlFor,
  contentTypeFor,
  createNonce,
  encodingFor,
  NONCE_PLACEHOLDER,
  portFrom,
  resolveRequestPath,
} from '../src/server/serverPolicy.mjs';

const root = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
const port = portFrom(process.argv.slice(2), process.env);
// The regional APIs' CORS list names http://localhost:4173, so the preview is opened at localhost.
const host = process.env.HOST ?? 'localhost';

let shell;
let origins;
let preloadPlan;
try {
  shell = await readFile(join(root, 'index.html'), 'utf8');
  origins = JSON.parse(await readFile(join(root, 'api-origins.json'), 'utf8'));
  preloadPlan = JSON.parse(await readFile(join(root, 'preloads.json'), 'utf8'));
} catch {
  console.error(`No build in ${root}: run \`pnpm --filter @globalkit/demo build\` first.`);
  process.exit(1);
}

const security = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function send(res, status, headers, body) {
  res.writeHead(status, { ...security, ...headers });
  res.end(body);
}

// Text assets are compressed once (best level) and kept: dist/ does not change while serving.
const compressors = {
  br: (buffer) => promisify(brotliCompress)(buffer, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (buffer) => promisify(gzip)(buffer, { level: 9 }),
};
const compressed = new Map();
function compressedFile(file, encoding) {
  const key = `${encoding}:${file}`;
  let body = compressed.get(key);
  if (!body) {
    body = readFile(file).then((buffer) => compressors[encoding](buffer));
    body.catch(() => compressed.delete(key));
    compressed.set(key, body);
  }
  return body;
}

// Compress every text asset before accepting requests: otherwise the first
// visitor waits for brotli level 11 on the entry chunk (~0.5 s here).
await Promise.all(
  (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .flatMap((file) => ['br', 'gzip'].map((encoding) => [file, encodingFor(file, encoding)]))
    .filter(([, encoding]) => encoding !== undefined)
    .map(([file, encoding]) => compressedFile(file, encoding)),
);

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method Not Allowed');
    return;
  }
  const resolved = resolveRequestPath(req.url);
  if (resolved.kind === 'spa') {
    const nonce = createNonce();
    // What the first render needs, announced up front (src/server/preloadPlan.mjs).
    const hints = preloadHintsFor(preloadPlan, req.url ?? '/', req.headers['accept-language']);
    // An Arabic page is right-to-left from its first paint, not from when the app boots.
    const html = withDocumentLocale(shell, documentLocaleFor(preloadPlan, hints.locale))
      .replaceAll(NONCE_PLACEHOLDER, nonce)
      .replace('</head>', `${hints.html}</head>`);
    send(
      res,
      resolved.status,
      {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': buildCsp(nonce, origins),
        'X-Frame-Options': 'DENY',
        ...(hints.header ? { Link: hints.header } : {}),
      },
      req.method === 'HEAD' ? undefined : html,
    );
    return;
  }
  const file = resolved.kind === 'file' ? resolve(root, resolved.file) : undefined;
  // Belt and braces: resolveRequestPath already refuses traversal.
  const info = file && file.startsWith(root + sep) ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }, 'Not Found');
    return;
  }
  const encoding = encodingFor(file, req.headers['accept-encoding']);
  const headers = {
    ...security,
    'Content-Type': contentTypeFor(file),
    'Cache-Control': cacheControlFor(resolved),
    Vary: 'Accept-Encoding',
  };
  if (encoding) {
    const body = await compressedFile(file, encoding);
    res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Demo (production build, strict CSP) at http://${host}:${actual}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
