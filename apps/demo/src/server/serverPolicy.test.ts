import { describe, expect, it } from 'vitest';

import {
  buildCsp,
  cacheControlFor,
  contentTypeFor,
  createNonce,
  encodingFor,
  portFrom,
  qualityList,
  resolveRequestPath,
} from './serverPolicy.mjs';

describe('buildCsp', () => {
  it('allows only self scripts, nonce styles and the API origins', () => {
    const csp = buildCsp('abcdefghijklmnopqrstuv==', ['http://127.0.0.1:8101', 'http://127.0.0.1:8103']);
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-abcdefghijklmnopqrstuv=='; " +
        "connect-src 'self' http://127.0.0.1:8101 http://127.0.0.1:8103; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(csp).not.toContain('unsafe');
  });

  it('refuses nonces and origins that could inject directives', () => {
    expect(() => buildCsp("x'; script-src *", [])).toThrow(TypeError);
    expect(() => buildCsp(createNonce(), ['http://a; script-src *'])).toThrow(TypeError);
  });

  it('creates a different nonce each time', () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('resolveRequestPath', () => {
  it('serves the SPA shell for the four routes, with or without a query or trailing slash', () => {
    for (const url of ['/', '/pricing', '/status?poll=500', '/privacy/', '/index.html']) {
      expect(resolveRequestPath(url)).toEqual({ kind: 'spa', status: 200 });
    }
  });

  it('serves files, marking hashed assets immutable', () => {
    expect(resolveRequestPath('/assets/index-abc123.js')).toEqual({
      kind: 'file',
      file: 'assets/index-abc123.js',
      immutable: true,
    });
    expect(resolveRequestPath('/analytics.js')).toEqual({
      kind: 'file',
      file: 'analytics.js',
      immutable: false,
    });
  });

  it('refuses traversal in every spelling', () => {
    for (const url of [
      '/../package.json',
      '/assets/../../server/serve.mjs',
      '/%2e%2e/package.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/assets%5c..%5cpackage.json',
      '/..%2fpackage.json',
      '/.env',
      '/assets/\0x.js',
      '/%E0%A4%A',
      'assets/x.js',
    ]) {
      expect(resolveRequestPath(url), url).toEqual({ kind: 'not-found' });
    }
  });

  it('never turns an absolute-looking path into a file outside the root', () => {
    for (const url of ['//etc/passwd', '//etc/passwd/', '/etc/passwd']) {
      expect(resolveRequestPath(url).kind, url).not.toBe('file');
    }
  });

  it('answers unknown page paths with the SPA shell and a 404, missing files with a plain 404', () => {
    expect(resolveRequestPath('/no-such-page')).toEqual({ kind: 'spa', status: 404 });
    expect(resolveRequestPath('/pricing/extra/')).toEqual({ kind: 'spa', status: 404 });
    expect(resolveRequestPath('/assets/missing')).toEqual({
      kind: 'file',
      file: 'assets/missing',
      immutable: true,
    });
    expect(resolveRequestPath('/missing.js')).toEqual({ kind: 'file', file: 'missing.js', immutable: false });
  });
});

describe('headers', () => {
  it('picks content types and cache policies', () => {
    expect(contentTypeFor('assets/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
    expect(cacheControlFor({ kind: 'file', file: 'assets/a.js', immutable: true })).toContain('immutable');
    expect(cacheControlFor({ kind: 'spa', status: 200 })).toBe('no-cache');
  });

  it('reads the port from flags, then env, then the default', () => {
    expect(portFrom(['--port', '5000'], {})).toBe(5000);
    expect(portFrom(['--port=5001'], { PORT: '9' })).toBe(5001);
    expect(portFrom([], { PORT: '5002' })).toBe(5002);
    expect(portFrom([], {})).toBe(4173);
    expect(() => portFrom(['--port', 'x'], {})).toThrow(RangeError);
  });
});

describe('qualityList', () => {
  it('keeps header order, defaults q to 1 and drops empty entries', () => {
    expect(qualityList(' de-DE , de;q=0.9,, en ; q=0.8,x;q=abc')).toEqual([
      { value: 'de-DE', q: 1 },
      { value: 'de', q: 0.9 },
      { value: 'en', q: 0.8 },
      { value: 'x', q: 1 },
    ]);
    expect(qualityList(undefined)).toEqual([]);
  });
});

describe('encodingFor', () => {
  it('compresses text types with the best encoding the client accepts', () => {
    expect(encodingFor('assets/index-abc.js', 'gzip, deflate, br')).toBe('br');
    expect(encodingFor('assets/index-abc.css', 'gzip')).toBe('gzip');
    expect(encodingFor('favicon.svg', 'br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(encodingFor('api-origins.json', 'BR')).toBe('br');
  });

  it('sends identity for binary types, no header or refused encodings', () => {
    expect(encodingFor('assets/font.woff2', 'br, gzip')).toBeUndefined();
    expect(encodingFor('assets/index-abc.js', undefined)).toBeUndefined();
    expect(encodingFor('assets/index-abc.js', 'br;q=0, gzip;q=0')).toBeUndefined();
    expect(encodingFor('assets/index-abc.js', 'identity')).toBeUndefined();
  });
});
