// Early hints for the preview server (issue #10, Lighthouse): what the first
// render of a page needs besides the entry chunk — the negotiated locale's
// string chunks, its web fonts, the route's view chunk and a connection to the
// visitor's home region — announced as <link> tags in the HTML, so the browser
// fetches them in parallel with the entry chunk instead of one round trip after
// another (entry → strings → font CSS → font files → render).
//
// `buildPreloadPlan` runs at build time (vite.config.ts) on Vite's manifest;
// `preloadHintsFor` runs per request in server/serve.mjs. Plain ESM, typed by
// preloadPlan.d.mts, so Node runs it without a build step.

import { localeOfChunk } from './localeChunks.mjs';
import { qualityList } from './serverPolicy.mjs';

// en-XA / ar-XB: development-only pseudo-locales; a production page never loads them.
const PSEUDO_LOCALE = /-X[A-Z]$/;
// A web font stylesheet or file: an @fontsource package's, or one the design system ships itself
// in the same layout (@globalkit/ui-rtl/fonts/noto-sans-arabic: Arabic sliced smaller).
const FONT_FILE = /(?:^|\/)(?:@fontsource|ui-rtl\/fonts)\/([^/]+)\/(?:(400|700)\.css|files\/([^/]+)\.woff2)$/;
const NOTO_FAMILY = /"(Noto Sans[^"]*)"/g;

/**
 * The plan `preloadHintsFor` reads: per locale, the files its first render
 * needs; per route, its view chunk and that chunk's imports; per country
 * (ISO 3166-1 alpha-2), the origin of its home region's API.
 *
 * @param {object} input
 * @param {Record<string, { file: string, src?: string, name?: string, imports?: string[], isEntry?: boolean }>} input.manifest Vite's `.vite/manifest.json`
 * @param {ReadonlyArray<{ path: string, view: string }>} input.routes path → source file of its view (e.g. `src/views/PricingView.tsx`)
 * @param {(locale: string) => string} input.fontStackFor the design system's CSS font stack of a locale
 * @param {Readonly<Record<string, string>>} input.countryOrigins country → API origin of its home region
 * @param {string} input.defaultOrigin API origin used when the page names no country
 * @param {string} input.defaultLocale locale of a bare `en` (and of nothing at all: no preloads then)
 * @param {Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>} [input.bootRequests]
 *   country → route path → the API URLs the app requests before geo answers (src/session/bootRequests.ts)
 * @param {(locale: string) => 'ltr' | 'rtl'} input.directionOf the i18n package's writing direction of a locale
 */
export function buildPreloadPlan({
  manifest,
  routes,
  fontStackFor,
  directionOf,
  countryOrigins,
  defaultOrigin,
  defaultLocale,
  bootRequests = {},
}) {
  const entries = Object.entries(manifest);
  const href = (file) => `/${file}`;
  // Chunks the entry imports statically: Vite already announces them in index.html.
  const entry = entries.find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('buildPreloadPlan: the manifest has no entry chunk.');
  const announced = new Set([entry[0], ...(entry[1].imports ?? [])]);

  const locales = {};
  for (const [key, chunk] of entries) {
    const locale = localeOfChunk(key, chunk);
    if (!locale || PSEUDO_LOCALE.test(locale)) continue;
    (locales[locale] ??= []).push({ href: href(chunk.file), as: 'script' });
  }
  if (!locales[defaultLocale]) {
    throw new Error(`buildPreloadPlan: no string chunks for the default locale ${defaultLocale}.`);
  }

  const fonts = new Map(); // package → { css: [], woff2: Map<subset-weight, href> }
  for (const [key, chunk] of entries) {
    const match = FONT_FILE.exec(chunk.src ?? key);
    if (!match) continue;
    const [, pkg, weight, fileStem] = match;
    const record = fonts.get(pkg) ?? { css: [], woff2: new Map() };
    fonts.set(pkg, record);
    if (weight) record.css.push(href(chunk.file));
    else record.woff2.set(fileStem, href(chunk.file));
  }
  for (const [locale, files] of Object.entries(locales)) {
    files.push(...fontFiles(fontStackFor(locale), fonts));
  }

  const routePlan = {};
  for (const { path, view } of routes) {
    const chunk = manifest[view];
    if (!chunk) throw new Error(`buildPreloadPlan: the view of ${path} (${view}) is not in the manifest.`);
    const files = [];
    const visit = (key) => {
      const current = manifest[key];
      if (!current || announced.has(key) || files.includes(href(current.file))) return;
      files.push(href(current.file));
      for (const imported of current.imports ?? []) visit(imported);
    };
    visit(view);
    routePlan[path] = files;
  }

  return {
    defaultLocale,
    locales,
    rtlLocales: Object.keys(locales).filter((locale) => directionOf(locale) === 'rtl'),
    routes: routePlan,
    origins: { ...countryOrigins },
    defaultOrigin,
    bootRequests: { ...bootRequests },
  };
}

/**
 * The font files a locale's text needs first: the 400 and 700 stylesheets of
 * every Noto family of its stack (the design system inserts them all), and the
 * woff2 files of the first family only — its own script subset plus its Latin
 * subset. Every @fontsource script package ships a Latin subset, so the first
 * family draws the digits and Latin words of its locale too and a later Noto
 * family (plain Noto Sans after Noto Sans Arabic) is only a fallback for rare
 * glyphs: preloading its files would add ~27 KB to an Arabic first load for
 * nothing. CJK families are split into a hundred numbered subsets chosen by the
 * text itself: only their stylesheets are announced.
 */
function fontFiles(stack, fonts) {
  const [primary, ...fallbacks] = [...stack.matchAll(NOTO_FAMILY)]
    .map(([, family]) => family.toLowerCase().replaceAll(' ', '-'))
    .filter((pkg) => fonts.has(pkg));
  if (primary === undefined) return [];
  const stylesheets = (pkg) => fonts.get(pkg).css.map((css) => ({ href: css, as: 'style' }));
  const script = primary === 'noto-sans' ? 'latin' : primary.slice('noto-sans-'.length);
  const faces = [...new Set([script, 'latin'])].flatMap((subset) =>
    ['400', '700'].flatMap((weight) => {
      const woff2 = fonts.get(primary).woff2.get(`${primary}-${subset}-${weight}-normal`);
      return woff2 ? [{ href: woff2, as: 'font' }] : [];
    }),
  );
  return [...stylesheets(primary), ...faces, ...fallbacks.flatMap(stylesheets)];
}

/**
 * The locale the app will most likely negotiate for this request, judged
 * from what the server can see: `?lng=`, then Accept-Language in q order.
 * A tag counts when it names a planned locale exactly or by its language
 * (`de-AT` → `de`, `en` → the default locale). A guess may still be wrong
 * (a stored choice lives in localStorage) and then costs a wasted preload,
 * so an English variant the plan lacks (`en-AU`: British or American?)
 * gets none.
 */
export function preloadLocaleFor(plan, searchParams, acceptLanguage) {
  const known = (tag) => {
    const lower = tag.trim().toLowerCase();
    const exact = Object.keys(plan.locales).find((locale) => locale.toLowerCase() === lower);
    if (exact) return exact;
    const language = lower.split('-')[0] ?? '';
    if (language === 'en') return lower === 'en' ? plan.defaultLocale : undefined;
    return plan.locales[language] ? language : undefined;
  };
  const explicit = searchParams.get('lng');
  if (explicit !== null) return known(explicit);
  // Highest q first; Array#sort is stable, so equal q keeps header order.
  const ranked = qualityList(acceptLanguage)
    .filter(({ value, q }) => value !== '*' && q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { value } of ranked) {
    const locale = known(value);
    if (locale) return locale;
  }
  return undefined;
}

/**
 * The `lang` and `dir` the document should start with: those of the locale
 * the preloads were chosen for ({@link preloadHintsFor}'s `locale`), so an
 * Arabic page is right-to-left (and announced as Arabic) from its first paint
 * instead of flipping when the app boots. The app still sets both once it has
 * negotiated; a wrong guess is then corrected exactly as before. `undefined`
 * when the server could not tell the locale.
 *
 * @returns {{ lang: string, dir: 'ltr' | 'rtl' } | undefined}
 */
export function documentLocaleFor(plan, locale) {
  if (!locale) return undefined;
  return { lang: locale, dir: plan.rtlLocales.includes(locale) ? 'rtl' : 'ltr' };
}

/**
 * `html` with the `lang` and `dir` of its `<html>` start tag set to
 * `documentLocale`'s (other attributes kept); `html` itself when there is none.
 */
export function withDocumentLocale(html, documentLocale) {
  if (!documentLocale) return html;
  return html.replace(/<html\b[^>]*>/i, (tag) => {
    const rest = tag.slice('<html'.length, -1).replace(/\s(?:lang|dir)="[^"]*"/gi, '');
    const { lang, dir } = documentLocale;
    return `<html lang="${escapeAttribute(lang)}" dir="${escapeAttribute(dir)}"${rest}>`;
  });
}

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** A plan href as a Link header target: only the characters Vite puts in asset paths. */
const HEADER_SAFE = /^\/[\w./-]+$/;

/**
 * The hints for one HTML request: `<link>` tags for the document's `<head>`
 * — a preconnect to the home region of `?country=` (else the default
 * region), the API requests the app sends there before geo answers, the
 * route's chunks and the likely locale's string chunks and font stylesheets —
 * and a `Link` response header value with the locale's font files.
 *
 * Fonts go in the header because Chrome holds the first paint of a document
 * while fonts it preloads are loading (so text does not swap font), and the
 * pre-script placeholder does not even use them. The header starts them as
 * early and holds the paint less, though not zero: first paint of /pricing?lng=ar
 * on a local server, Chromium 156, median of 12 loads: 244 ms with the preloads
 * in the HTML, 208 ms in the header, 116 ms with none. None is no option: the
 * first render waits for these fonts, which would then start only once the
 * entry chunk has run.
 * Every href comes from the plan, never from the request.
 *
 * @returns {{ html: string, header: string, locale: string | undefined }} `header` is empty when
 *   there are no fonts to announce; `locale` is the one {@link preloadLocaleFor} guessed, if any
 */
export function preloadHintsFor(plan, rawUrl, acceptLanguage) {
  const url = new URL(rawUrl, 'http://localhost');
  const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const country = (url.searchParams.get('country') ?? '').trim().toUpperCase();
  const origin = plan.origins[country] ?? plan.defaultOrigin;
  const links = [`<link rel="preconnect" href="${escapeAttribute(origin)}" crossorigin>`];
  const fonts = [];
  // The API answers the first render waits for (geo; prices and rates on /pricing) start with the
  // HTML instead of after the entry chunk has run: one round trip less before the page has content.
  // `crossorigin` (anonymous, cors) is what fetch() sends by default, so the app's request reuses it.
  for (const apiUrl of plan.bootRequests?.[country]?.[pathname] ?? []) {
    links.push(`<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(apiUrl)}">`);
  }
  for (const file of plan.routes[pathname] ?? []) {
    links.push(`<link rel="modulepreload" fetchpriority="low" crossorigin href="${escapeAttribute(file)}">`);
  }
  const locale = preloadLocaleFor(plan, url.searchParams, acceptLanguage);
  for (const file of (locale && plan.locales[locale]) || []) {
    const hrefAttribute = `href="${escapeAttribute(file.href)}"`;
    if (file.as === 'script')
      links.push(`<link rel="modulepreload" fetchpriority="low" crossorigin ${hrefAttribute}>`);
    else if (file.as === 'style')
      // crossorigin: Vite inserts the stylesheet itself with `crossorigin`, and a preload is
      // reused only by a request of the same credentials mode (else Chrome fetches it twice).
      links.push(`<link rel="preload" as="style" fetchpriority="low" crossorigin ${hrefAttribute}>`);
    else if (HEADER_SAFE.test(file.href))
      // Fonts are always fetched in cors mode: `crossorigin` or the preload goes unused.
      fonts.push(`<${file.href}>; rel=preload; as=font; type="font/woff2"; crossorigin`);
  }
  return { html: links.join(''), header: fonts.join(', '), locale };
}
