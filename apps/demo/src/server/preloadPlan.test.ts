import { describe, expect, it } from 'vitest';

import {
  buildPreloadPlan,
  documentLocaleFor,
  preloadHintsFor,
  preloadLocaleFor,
  withDocumentLocale,
} from './preloadPlan.mjs';
import type { ManifestChunk } from './preloadPlan.mjs';

const FONTS = '../../node_modules/.pnpm/x/node_modules/@fontsource';
const UI_FONTS = '../../packages/ui-rtl/fonts';

/** A small manifest in the shape `vite build` writes (keys are source paths). */
const manifest: Record<string, ManifestChunk> = {
  'index.html': { file: 'assets/index-A.js', src: 'index.html', isEntry: true, imports: ['_shared-S.js'] },
  '_shared-S.js': { file: 'assets/shared-S.js' },
  '_Card-C.js': { file: 'assets/Card-C.js', imports: ['_shared-S.js'] },
  'src/views/PricingView.tsx': {
    file: 'assets/PricingView-P.js',
    src: 'src/views/PricingView.tsx',
    imports: ['index.html', '_shared-S.js', '_Card-C.js'],
  },
  'src/views/HomeView.tsx': { file: 'assets/HomeView-H.js', src: 'src/views/HomeView.tsx' },
  '../../locales/ar/common.json': { file: 'assets/common-ar.js', src: '../../locales/ar/common.json' },
  'locales/ar/demo.json': { file: 'assets/demo-ar.js', src: 'locales/ar/demo.json' },
  '../../locales/en-US/common.json': { file: 'assets/common-en.js', src: '../../locales/en-US/common.json' },
  // A locale grouped into one chunk (vite.config.ts): known by its name, not a JSON source.
  '_locale-de-D.js': { file: 'assets/locale-de-D.js', name: 'locale-de' },
  '../../locales/ar-XB/common.json': { file: 'assets/common-xb.js', src: '../../locales/ar-XB/common.json' },
  [`${FONTS}/noto-sans/400.css`]: { file: 'assets/400-L.css', src: `${FONTS}/noto-sans/400.css` },
  [`${FONTS}/noto-sans/files/noto-sans-latin-400-normal.woff2`]: { file: 'assets/ns-latin-400.woff2' },
  [`${FONTS}/noto-sans/files/noto-sans-latin-400-normal.woff`]: { file: 'assets/ns-latin-400.woff' },
  [`${FONTS}/noto-sans/files/noto-sans-greek-400-normal.woff2`]: { file: 'assets/ns-greek-400.woff2' },
  // Noto Sans Arabic comes from the design system itself, sliced (packages/ui-rtl/fonts).
  [`${UI_FONTS}/noto-sans-arabic/400.css`]: { file: 'assets/400-A.css' },
  [`${UI_FONTS}/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2`]: {
    file: 'assets/nsa-ar-400.woff2',
  },
  [`${UI_FONTS}/noto-sans-arabic/files/noto-sans-arabic-arabic-extended-400-normal.woff2`]: {
    file: 'assets/nsa-arx-400.woff2',
  },
  [`${UI_FONTS}/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2`]: {
    file: 'assets/nsa-la-400.woff2',
  },
  // Accented Latin letters: on demand, like arabic-extended (never preloaded).
  [`${UI_FONTS}/noto-sans-arabic/files/noto-sans-arabic-latin-accented-400-normal.woff2`]: {
    file: 'assets/nsa-lax-400.woff2',
  },
  [`${UI_FONTS}/noto-sans-arabic/files/noto-sans-arabic-math-400-normal.woff2`]: {
    file: 'assets/nsa-math-400.woff2',
  },
};

const plan = buildPreloadPlan({
  manifest,
  routes: [
    { path: '/', view: 'src/views/HomeView.tsx' },
    { path: '/pricing', view: 'src/views/PricingView.tsx' },
  ],
  fontStackFor: (locale) =>
    locale === 'ar' ? '"Noto Sans Arabic", "Noto Sans", Tahoma, sans-serif' : '"Noto Sans", sans-serif',
  directionOf: (locale) => (locale === 'ar' ? 'rtl' : 'ltr'),
  countryOrigins: { AE: 'http://127.0.0.1:8107', DE: 'http://127.0.0.1:8104' },
  defaultOrigin: 'http://127.0.0.1:8101',
  defaultLocale: 'en-US',
  bootRequests: {
    AE: {
      '/': ['http://127.0.0.1:8107/api/geo?country=AE'],
      '/pricing': [
        'http://127.0.0.1:8107/api/geo?country=AE',
        'http://127.0.0.1:8107/api/pricing?country=AE',
        'http://127.0.0.1:8107/api/exchange-rates?base=EUR',
      ],
    },
  },
});

const hrefs = (html: string, rel: string) =>
  [...html.matchAll(/<link ([^>]*)>/g)]
    .map(([, attributes = '']) => attributes)
    .filter((attributes) => attributes.includes(`rel="${rel}"`))
    .map((attributes) => /href="([^"]*)"/.exec(attributes)?.[1]);

describe('buildPreloadPlan', () => {
  it("lists each locale's string chunks (SDK and app) and its script's fonts, not pseudo-locales", () => {
    // Arabic: both families' stylesheets, but font files of Noto Sans Arabic only (its Latin subset
    // draws Latin text); plain Noto Sans is a fallback the page should not pay for up front.
    expect(Object.keys(plan.locales).sort()).toEqual(['ar', 'de', 'en-US']);
    expect(plan.locales['ar']).toEqual([
      { href: '/assets/common-ar.js', as: 'script' },
      { href: '/assets/demo-ar.js', as: 'script' },
      { href: '/assets/400-A.css', as: 'style' },
      { href: '/assets/nsa-ar-400.woff2', as: 'font' },
      { href: '/assets/nsa-la-400.woff2', as: 'font' },
      { href: '/assets/400-L.css', as: 'style' },
    ]);
    expect(plan.locales['de']?.[0]).toEqual({ href: '/assets/locale-de-D.js', as: 'script' });
    // Latin only: no Arabic files, no Greek or math subsets, no .woff duplicates.
    expect(plan.locales['en-US']?.map((file) => file.href)).toEqual([
      '/assets/common-en.js',
      '/assets/400-L.css',
      '/assets/ns-latin-400.woff2',
    ]);
  });

  it("gives each route its view chunk and that chunk's imports the entry does not already announce", () => {
    expect(plan.routes).toEqual({
      '/': ['/assets/HomeView-H.js'],
      '/pricing': ['/assets/PricingView-P.js', '/assets/Card-C.js'],
    });
  });

  it('fails the build when a view, the entry or the default locale is missing', () => {
    const input = {
      manifest,
      routes: [{ path: '/status', view: 'src/views/StatusView.tsx' }],
      fontStackFor: () => '',
      directionOf: () => 'ltr' as const,
      countryOrigins: {},
      defaultOrigin: 'http://127.0.0.1:8101',
      defaultLocale: 'en-US',
    };
    expect(() => buildPreloadPlan(input)).toThrow(
      /\/status \(src\/views\/StatusView\.tsx\) is not in the manifest/,
    );
    expect(() => buildPreloadPlan({ ...input, routes: [], defaultLocale: 'pt' })).toThrow(
      /default locale pt/,
    );
    expect(() => buildPreloadPlan({ ...input, manifest: { 'a.js': { file: 'a.js' } } })).toThrow(
      /no entry chunk/,
    );
  });
});

describe('preloadLocaleFor', () => {
  const locale = (query: string, acceptLanguage?: string) =>
    preloadLocaleFor(plan, new URLSearchParams(query), acceptLanguage);

  it('takes ?lng= first, matched exactly or by language', () => {
    expect(locale('lng=ar', 'de')).toBe('ar');
    expect(locale('lng=AR')).toBe('ar');
    expect(locale('lng=de-AT')).toBe('de');
    // An explicit choice the plan cannot serve: no guess from the header either.
    expect(locale('lng=pt', 'de')).toBeUndefined();
  });

  it('otherwise follows Accept-Language in q order, skipping what it cannot match', () => {
    expect(locale('', 'de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(locale('', 'pt-BR, ar;q=0.5, de;q=0.7')).toBe('de');
    expect(locale('', 'en')).toBe('en-US');
    expect(locale('', 'en-US,en;q=0.9')).toBe('en-US');
    expect(locale('', 'de;q=0, ar')).toBe('ar');
  });

  it('reads a pseudo-locale as its language, like the production app does', () => {
    expect(locale('lng=ar-XB')).toBe('ar');
  });

  it('does not guess an English variant or an unsupported language', () => {
    expect(locale('', 'en-AU')).toBeUndefined();
    expect(locale('', 'pt-BR, *')).toBeUndefined();
    expect(locale('', undefined)).toBeUndefined();
    expect(locale('', ';;,;q=x')).toBeUndefined();
  });
});

describe('documentLocaleFor / withDocumentLocale', () => {
  // The server derives the document's locale from the same guess as the preloads.
  const documentLocaleOf = (rawUrl: string, acceptLanguage: string | undefined) =>
    documentLocaleFor(plan, preloadHintsFor(plan, rawUrl, acceptLanguage).locale);
  const shell = '<!doctype html>\n<html lang="en-US" dir="ltr" class="app">\n<head></head></html>';

  it('starts an Arabic page right to left, in Arabic', () => {
    expect(plan.rtlLocales).toEqual(['ar']);
    const arabic = documentLocaleOf('/pricing?country=AE&lng=ar', undefined);
    expect(arabic).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(withDocumentLocale(shell, arabic)).toBe(
      '<!doctype html>\n<html lang="ar" dir="rtl" class="app">\n<head></head></html>',
    );
    expect(documentLocaleOf('/', 'de-AT,de;q=0.9')).toEqual({ lang: 'de', dir: 'ltr' });
  });

  it('leaves the shell as built when the server cannot tell the locale', () => {
    expect(documentLocaleOf('/?lng=xx', 'tlh')).toBeUndefined();
    expect(withDocumentLocale(shell, undefined)).toBe(shell);
  });
});

describe('preloadHintsFor', () => {
  const hints = (rawUrl: string, acceptLanguage?: string) => preloadHintsFor(plan, rawUrl, acceptLanguage);

  it("announces the home region's origin, the route's chunks and the locale's files", () => {
    const { html, header } = hints('/pricing?country=ae&lng=ar', 'en-US');
    expect(hrefs(html, 'preconnect')).toEqual(['http://127.0.0.1:8107']);
    expect(hrefs(html, 'modulepreload')).toEqual([
      '/assets/PricingView-P.js',
      '/assets/Card-C.js',
      '/assets/common-ar.js',
      '/assets/demo-ar.js',
    ]);
    expect(html).toContain(
      '<link rel="preload" as="style" fetchpriority="low" crossorigin href="/assets/400-A.css">',
    );
    // The API answers the first render needs start with the HTML, at fetch()'s own priority.
    expect(hrefs(html, 'preload').filter((href) => href?.startsWith('http'))).toEqual([
      'http://127.0.0.1:8107/api/geo?country=AE',
      'http://127.0.0.1:8107/api/pricing?country=AE',
      'http://127.0.0.1:8107/api/exchange-rates?base=EUR',
    ]);
    expect(html).toContain(
      '<link rel="preload" as="fetch" crossorigin href="http://127.0.0.1:8107/api/geo?country=AE">',
    );
    expect(hints('/?country=AE').html).toContain('/api/geo?country=AE');
    expect(hints('/?country=AE').html).not.toContain('/api/pricing');
    // The entry chunk goes first: every chunk and stylesheet announced here waits behind it.
    expect(html.match(/<link rel="(?:modulepreload|preload" as="style)"? /g)).toHaveLength(
      html.match(/fetchpriority="low"/g)?.length ?? -1,
    );
    // Fonts travel in the Link header, not the document, so they do not hold its first paint.
    expect(html).not.toContain('as="font"');
    expect(header).toBe(
      '</assets/nsa-ar-400.woff2>; rel=preload; as=font; type="font/woff2"; crossorigin, ' +
        '</assets/nsa-la-400.woff2>; rel=preload; as=font; type="font/woff2"; crossorigin',
    );
  });

  it('falls back to the default origin and announces nothing it cannot place', () => {
    expect(hints('/nowhere?country=ZZ')).toEqual({
      html: '<link rel="preconnect" href="http://127.0.0.1:8101" crossorigin>',
      header: '',
    });
    expect(hints('/pricing/', 'en').html).toContain('href="/assets/PricingView-P.js"');
    expect(hints('/pricing/', 'en').header).toBe(
      '</assets/ns-latin-400.woff2>; rel=preload; as=font; type="font/woff2"; crossorigin',
    );
  });

  it('never echoes the request into the HTML or the header', () => {
    const { html, header } = hints('/"><script>alert(1)</script>?lng="><x>&country=<y>', '"><z>');
    expect(html).not.toMatch(/<script|<x>|<y>|<z>|alert/);
    expect(header).toBe('');
  });

  it('leaves out of the header an href that could break it', () => {
    const odd = {
      ...plan,
      locales: { ...plan.locales, de: [{ href: '/assets/a>, <evil', as: 'font' as const }] },
    };
    expect(preloadHintsFor(odd, '/?lng=de', undefined).header).toBe('');
  });
});
