// How the demo's build packs translations, in one place: vite.config.ts
// groups modules with it, the preload plan and the bundle budgets read the
// resulting chunks back with it. Plain ESM (typed by localeChunks.d.mts) so
// Node scripts use it without a build step.
//
// @globalkit/i18n imports every locale × namespace lazily, one JSON file each.
// The demo's first render needs all seven namespaces of its locale (six of the
// SDK's and its own `demo`), so one chunk per locale is one request instead of
// seven: on HTTP/1.1 (six connections per host) that was a queue of round
// trips before the first render.

const LOCALE_JSON = /(?:^|[\\/])locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/;
const LOCALE_CHUNK_NAME = /^locale-(.+)$/;

/**
 * The locale and namespace of a locale JSON module id or manifest source
 * (`…/locales/ar/common.json` → `{ locale: 'ar', namespace: 'common' }`), else undefined.
 * @param {string} id
 * @returns {{ locale: string, namespace: string } | undefined}
 */
export function localeModule(id) {
  const match = LOCALE_JSON.exec(id);
  return match
    ? { locale: /** @type {string} */ (match[1]), namespace: /** @type {string} */ (match[2]) }
    : undefined;
}

/**
 * The chunk a module goes into: `locale-<locale>` for locale JSON, else null
 * (the bundler decides) — the shape of a Rolldown code-splitting group `name`.
 * @param {string} id
 * @returns {string | null}
 */
export function localeChunkName(id) {
  const found = localeModule(id);
  return found ? `locale-${found.locale}` : null;
}

/**
 * The locale a built chunk carries strings of: from its source (a JSON file
 * that kept a chunk of its own) or its group name (`locale-ar`), else undefined.
 * @param {string} key the manifest key
 * @param {{ src?: string, name?: string } | undefined} chunk the manifest entry
 * @returns {string | undefined}
 */
export function localeOfChunk(key, chunk) {
  return (
    localeModule(chunk?.src ?? key)?.locale ?? LOCALE_CHUNK_NAME.exec(chunk?.name ?? '')?.[1] ?? undefined
  );
}
