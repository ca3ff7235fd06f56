// Pure helpers of scripts/checkBudgets.mjs: walk Vite's build manifest,
// pick distinctive reference strings, decide which budget failed. No I/O
// here, so src/server/budgetGraph.test.ts can test them with plain objects.

import { localeModule, localeOfChunk } from '../src/server/localeChunks.mjs';

/**
 * @typedef {{ file: string, src?: string, name?: string, isEntry?: boolean, isDynamicEntry?: boolean,
 *   imports?: string[], dynamicImports?: string[], css?: string[], assets?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

/**
 * The manifest keys of the initial load: every entry chunk and, transitively,
 * its static `imports`. Dynamic imports (lazy views, locale chunks) are not
 * followed. Sorted for stable output.
 * @param {Manifest} manifest
 * @returns {string[]}
 */
export function initialChunkKeys(manifest) {
  const seen = new Set();
  const queue = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
  if (queue.length === 0) throw new Error('The manifest has no entry chunk (isEntry).');
  while (queue.length > 0) {
    const key = /** @type {string} */ (queue.shift());
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest imports "${key}", which it does not list.`);
    seen.add(key);
    for (const next of chunk.imports ?? []) if (!seen.has(next)) queue.push(next);
  }
  return [...seen].sort();
}

/**
 * Locale chunks — a locale JSON of its own or a locale's group (`locale-ar`) —
 * that the initial graph loads statically (each one is a budget failure).
 * @param {Manifest} manifest
 * @param {readonly string[]} initialKeys
 * @returns {string[]}
 */
export function staticLocaleChunks(manifest, initialKeys) {
  return initialKeys.filter((key) => localeOfChunk(key, manifest[key]) !== undefined);
}

/**
 * Of the locale JSON modules the loaders import lazily (`<locale>/<namespace>.json`),
 * those whose locale has no lazy chunk at all: the bundler merged them into
 * another chunk, which happens when something also imports them statically
 * (the INEFFECTIVE_DYNAMIC_IMPORT warning). A JSON file counts as chunked when
 * it has a chunk of its own or its locale has a group chunk (vite.config.ts).
 * @param {Manifest} manifest
 * @param {readonly string[]} expected `<locale>/<namespace>.json` paths the loaders import lazily
 * @returns {string[]}
 */
export function mergedLocaleModules(manifest, expected) {
  const ownChunks = new Set();
  const groupedLocales = new Set();
  for (const [key, chunk] of Object.entries(manifest)) {
    const own = localeModule(chunk.src ?? key);
    if (own) ownChunks.add(`${own.locale}/${own.namespace}.json`);
    else {
      const grouped = localeOfChunk(key, chunk);
      if (grouped) groupedLocales.add(grouped);
    }
  }
  return expected.filter((path) => !ownChunks.has(path) && !groupedLocales.has(path.split('/')[0] ?? ''));
}

/**
 * Every locale chunk the build emitted, grouped by locale.
 * @param {Manifest} manifest
 * @returns {Map<string, string[]>} locale → manifest keys
 */
export function localeChunksByLocale(manifest) {
  /** @type {Map<string, string[]>} */
  const byLocale = new Map();
  for (const key of Object.keys(manifest).sort()) {
    const locale = localeOfChunk(key, manifest[key]);
    if (!locale) continue;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), key]);
  }
  return byLocale;
}

/**
 * All string leaves of a (nested) locale JSON object.
 * @param {unknown} value
 * @returns {string[]}
 */
export function stringLeaves(value) {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap((child) => stringLeaves(child));
}

/**
 * Up to `count` values that identify a locale's strings if found in a
 * bundle: long, several words, and written the same in JS as in JSON (no
 * quotes, backslashes, interpolation or non-ASCII, which a minifier may
 * escape differently). Longest first, then alphabetical, so the pick is stable.
 * @param {unknown} json
 * @param {number} count
 * @param {number} [minLength]
 * @returns {string[]}
 */
export function distinctiveStrings(json, count, minLength = 24) {
  const candidates = stringLeaves(json).filter(
    (text) =>
      text.length >= minLength &&
      /^[A-Za-z0-9 ,.;:!?()%/-]+$/.test(text) &&
      text.trim().split(/\s+/).length >= 4,
  );
  return [...new Set(candidates)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, count);
}

/**
 * Which of `needles` occur in `code`.
 * @param {string} code
 * @param {readonly string[]} needles
 * @returns {string[]}
 */
export function foundStrings(code, needles) {
  return needles.filter((needle) => code.includes(needle));
}

/**
 * The source modules of `sourceMaps` (the initial chunks' maps) that match
 * `onDemand`: code meant to load only when used, which a bundler moved into the
 * initial JS (e.g. through a shared chunk). Paths as the maps write them, sorted.
 * @param {readonly { sources?: readonly string[] }[]} sourceMaps
 * @param {RegExp} onDemand
 * @returns {string[]}
 */
export function onDemandModulesIn(sourceMaps, onDemand) {
  const found = new Set(
    sourceMaps.flatMap((map) => (map.sources ?? []).filter((source) => onDemand.test(source))),
  );
  return [...found].sort();
}

/**
 * The budget verdicts.
 * @param {{ initialGzipBytes: number, limitBytes: number, staticLocaleKeys: readonly string[],
 *   inlined: readonly { namespace: string, text: string }[], merged?: readonly string[],
 *   onDemandInitial?: readonly string[] }} figures
 * @returns {{ name: string, ok: boolean, actual: string, limit: string }[]}
 */
export function evaluateBudgets({
  initialGzipBytes,
  limitBytes,
  staticLocaleKeys,
  inlined,
  merged = [],
  onDemandInitial = [],
}) {
  return [
    {
      name: 'initial JS (gzip -9, entry + static imports)',
      ok: initialGzipBytes <= limitBytes,
      actual: formatKb(initialGzipBytes),
      limit: `≤ ${formatKb(limitBytes)}`,
    },
    {
      name: 'locale JSON chunks statically imported by the entry',
      ok: staticLocaleKeys.length === 0,
      actual: staticLocaleKeys.length === 0 ? 'none' : staticLocaleKeys.join(', '),
      limit: 'none',
    },
    {
      name: 'en-US locale JSON without a lazy chunk of its own',
      ok: merged.length === 0,
      actual: merged.length === 0 ? 'none' : merged.join(', '),
      limit: 'none',
    },
    {
      name: 'en-US reference strings inlined in the initial JS',
      ok: inlined.length === 0,
      actual:
        inlined.length === 0
          ? 'none'
          : `${inlined.length} (${[...new Set(inlined.map((hit) => hit.namespace))].join(', ')})`,
      limit: 'none',
    },
    {
      name: 'on-demand code (consent preferences dialog) in the initial JS',
      ok: onDemandInitial.length === 0,
      actual: onDemandInitial.length === 0 ? 'none' : onDemandInitial.join(', '),
      limit: 'none',
    },
  ];
}

/**
 * Bytes as KB with one decimal (1 KB = 1024 bytes).
 * @param {number} bytes
 * @returns {string}
 */
export function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * A plain-text table with a header row, columns padded to their widest cell.
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 * @returns {string}
 */
export function formatTable(header, rows) {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (/** @type {readonly string[]} */ cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
