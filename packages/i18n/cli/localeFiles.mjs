// Reading and understanding a locales/ folder: shared by check, pseudo and generate.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The reference locale: every other locale is checked against it and generated from it. */
export const REFERENCE_LOCALE = 'en-US';

/** Pseudo-locales this CLI generates (keep in sync with PSEUDO_LOCALES in src/supportedLocales.ts; a test checks). */
export const PSEUDO_LOCALES = /** @type {const} */ (['en-XA', 'ar-XB']);

/** CLDR plural categories in their canonical order, as i18next suffixes them (`key_one`). */
export const PLURAL_CATEGORIES = /** @type {const} */ (['zero', 'one', 'two', 'few', 'many', 'other']);

/** This package's folder (bin/ and cli/ live directly inside it). */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where `generate` writes by default: the package's own source. */
export const PACKAGE_GENERATED_DIR = join(PACKAGE_DIR, 'src', 'generated');

/**
 * Finds the nearest `locales/` folder holding an en-US reference, walking up from `start`.
 * @param {string} start
 * @returns {string | undefined}
 */
export function findLocalesDir(start) {
  let current = resolve(start);
  for (;;) {
    const candidate = join(current, 'locales');
    if (existsSync(join(candidate, REFERENCE_LOCALE))) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * @typedef {{ [key: string]: unknown }} JsonObject
 * @typedef {{ path: string, data: JsonObject } | { path: string, error: string }} LocaleFile
 * @typedef {{ dir: string, locales: string[], files: Map<string, Map<string, LocaleFile>> }} LocaleTree
 */

/**
 * Reads every `<locale>/<namespace>.json` under `dir` (folders and files
 * starting with `.` or `_` are not locales or namespaces). Parse errors are
 * kept per file, not thrown, so one report can list them all.
 * @param {string} dir
 * @returns {LocaleTree}
 */
export function readLocaleTree(dir) {
  const locales = readdirSync(dir)
    .filter((name) => !/^[._]/.test(name) && statSync(join(dir, name)).isDirectory())
    .sort();
  /** @type {Map<string, Map<string, LocaleFile>>} */
  const files = new Map();
  for (const locale of locales) {
    /** @type {Map<string, LocaleFile>} */
    const namespaces = new Map();
    const names = readdirSync(join(dir, locale))
      .filter((name) => name.endsWith('.json') && !/^[._]/.test(name))
      .sort();
    for (const name of names) {
      const path = join(dir, locale, name);
      namespaces.set(name.slice(0, -'.json'.length), readJsonFile(path));
    }
    files.set(locale, namespaces);
  }
  return { dir, locales, files };
}

/**
 * @param {string} path
 * @returns {LocaleFile}
 */
export function readJsonFile(path) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    const data = JSON.parse(text);
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      return { path, error: 'the top level must be a JSON object of keys' };
    }
    return { path, data };
  } catch (error) {
    return { path, error: describeJsonError(error, text) };
  }
}

/**
 * Turns V8's "… at position 123" into a line and column people can jump to.
 * @param {unknown} error
 * @param {string} text
 */
function describeJsonError(error, text) {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column}: ${message}`;
}

/**
 * Flattens nested keys to dot paths, in file order: `{ a: { b: 'x' } }` → `a.b`.
 * Non-object leaves (numbers, arrays, null) are kept as they are for the checker to report.
 * @param {JsonObject} data
 * @param {string} [prefix]
 * @returns {Map<string, unknown>}
 */
export function flatten(data, prefix = '') {
  /** @type {Map<string, unknown>} */
  const flat = new Map();
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, leaf] of flatten(/** @type {JsonObject} */ (value), path)) flat.set(inner, leaf);
    } else {
      flat.set(path, value);
    }
  }
  return flat;
}

/** `{{name}}`, `{{- name}}`, `{{name, format}}`, i18next nesting `$t(key)` and Trans tags `<0>`, `</0>`, `<br/>`. */
const TOKEN = /\{\{-?\s*[^}]*?\s*\}\}|\$t\([^)]*\)|<\/?[A-Za-z0-9]+\s*\/?>/g;

/**
 * Splits a string into text and placeholder tokens (tokens at odd indexes).
 * @param {string} value
 * @returns {string[]}
 */
export function splitTokens(value) {
  /** @type {string[]} */
  const parts = [];
  let last = 0;
  for (const match of value.matchAll(TOKEN)) {
    parts.push(value.slice(last, match.index), match[0]);
    last = match.index + match[0].length;
  }
  parts.push(value.slice(last));
  return parts;
}

/**
 * The placeholders of a string, normalized: `{{count}}`, `$t(common:x)`, `<0>`.
 * @param {string} value
 * @returns {Set<string>}
 */
export function placeholdersOf(value) {
  const found = new Set();
  for (const [token] of value.matchAll(TOKEN)) {
    const interpolation = /^\{\{-?\s*([^,}]*?)\s*(?:,[^}]*)?\}\}$/.exec(token);
    found.add(interpolation ? `{{${interpolation[1]}}}` : token.replace(/\s+/g, ''));
  }
  return found;
}

/**
 * Groups plural forms: `healthySummary_one` + `healthySummary_other` → base
 * `healthySummary`. A key is a plural form only when its `_other` sibling exists.
 * @param {Iterable<string>} keys
 * @returns {Map<string, { ordinal: boolean, forms: Map<string, string> }>} base → kind and category → full key
 */
export function pluralGroups(keys) {
  const all = new Set(keys);
  /** @type {Map<string, { ordinal: boolean, forms: Map<string, string> }>} */
  const groups = new Map();
  for (const key of all) {
    const match = /^(.*?)_(ordinal_)?(zero|one|two|few|many|other)$/.exec(key);
    if (!match) continue;
    const [, base = '', ordinal, category = ''] = match;
    if (!all.has(`${base}_${ordinal ?? ''}other`)) continue;
    const id = ordinal ? `${base}_ordinal` : base;
    const group = groups.get(id) ?? { ordinal: Boolean(ordinal), forms: new Map() };
    group.forms.set(category, key);
    groups.set(id, group);
  }
  return groups;
}

/**
 * The plural categories a locale needs, per `Intl.PluralRules` (ja: other; ar: all six).
 * @param {string} locale
 * @param {boolean} ordinal
 * @returns {string[]}
 */
export function pluralCategoriesFor(locale, ordinal) {
  const categories = new Intl.PluralRules(locale, {
    type: ordinal ? 'ordinal' : 'cardinal',
  }).resolvedOptions().pluralCategories;
  return PLURAL_CATEGORIES.filter((category) => /** @type {string[]} */ (categories).includes(category));
}

/**
 * The full key of one plural form.
 * @param {string} groupId - a key of {@link pluralGroups} (`base` or `base_ordinal`)
 * @param {string} category
 */
export function pluralKey(groupId, category) {
  return `${groupId}_${category}`;
}
