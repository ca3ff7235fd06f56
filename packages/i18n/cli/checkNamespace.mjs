// One namespace file of one locale against its en-US counterpart: keys,
// plural categories per Intl.PluralRules, placeholders, empty and untranslated values.
import { ALLOWLIST_FILE } from './allowlist.mjs';
import {
  PLURAL_CATEGORIES,
  PSEUDO_LOCALES,
  REFERENCE_LOCALE,
  flatten,
  placeholdersOf,
  pluralCategoriesFor,
  pluralGroups,
} from './localeFiles.mjs';

/**
 * @typedef {{ file: string, key?: string, message: string }} Problem
 * @typedef {import('./localeFiles.mjs').JsonObject} JsonObject
 * @typedef {import('./allowlist.mjs').Allowlist} Allowlist
 */

/**
 * @typedef {{ referenceValue: unknown, groupId?: string, category?: string }} Expectation
 */

/**
 * @param {{ locale: string, namespace: string, file: string, data: JsonObject, reference: JsonObject,
 *   allowlist: Allowlist, problems: Problem[] }} input
 * @returns {number} strings checked
 */
export function checkNamespace({ locale, namespace, file, data, reference, allowlist, problems }) {
  const isReference = locale === REFERENCE_LOCALE;
  const isPseudo = /** @type {readonly string[]} */ (PSEUDO_LOCALES).includes(locale);
  const mayEqualReference = isReference || isPseudo || new Intl.Locale(locale).language === 'en';
  const referenceFlat = flatten(reference);
  const flat = flatten(data);
  const groups = pluralGroups(referenceFlat.keys());
  const referencePluralKeys = new Set([...groups.values()].flatMap((group) => [...group.forms.values()]));

  /** @type {Map<string, Expectation>} the keys this locale must have */
  const expected = new Map();
  for (const [key, referenceValue] of referenceFlat) {
    if (!referencePluralKeys.has(key)) expected.set(key, { referenceValue });
  }
  for (const [groupId, group] of groups) {
    for (const category of pluralCategoriesFor(locale, group.ordinal)) {
      const source = group.forms.get(category) ?? group.forms.get('other') ?? '';
      expected.set(`${groupId}_${category}`, {
        referenceValue: referenceFlat.get(source),
        groupId,
        category,
      });
    }
  }

  // Plural categories: one message per plural key, naming what Intl.PluralRules wants.
  for (const [groupId, group] of groups) {
    const wanted = pluralCategoriesFor(locale, group.ordinal);
    /** @type {string[]} */
    const have = PLURAL_CATEGORIES.filter((category) => flat.has(`${groupId}_${category}`));
    const missing = wanted.filter((category) => !have.includes(category));
    const extra = have.filter((category) => !wanted.includes(category));
    if (missing.length === 0 && extra.length === 0) continue;
    const parts = [];
    if (missing.length) parts.push(`missing ${missing.map((c) => `_${c}`).join(', ')}`);
    if (extra.length) parts.push(`unexpected ${extra.map((c) => `_${c}`).join(', ')}`);
    problems.push({
      file,
      key: groupId,
      message: `plural categories: ${parts.join('; ')} (Intl.PluralRules("${locale}") has ${wanted.join(', ')})`,
    });
  }
  const pluralCandidates = new Set(
    [...groups.keys()].flatMap((groupId) => PLURAL_CATEGORIES.map((category) => `${groupId}_${category}`)),
  );

  let checked = 0;
  for (const [key, value] of flat) {
    const expectation = expected.get(key);
    if (!expectation) {
      if (!pluralCandidates.has(key)) problems.push({ file, key, message: 'extra key: not in en-US' });
      continue;
    }
    if (typeof value !== 'string') {
      problems.push({
        file,
        key,
        message: `must be a string, found ${Array.isArray(value) ? 'an array' : typeof value}`,
      });
      continue;
    }
    checked++;
    if (value.trim() === '') {
      problems.push({ file, key, message: 'empty value' });
      continue;
    }
    const { referenceValue, groupId, category } = expectation;
    if (isReference || typeof referenceValue !== 'string') continue;
    const group = groupId === undefined ? undefined : groups.get(groupId);
    checkPlaceholders({ file, key, value, referenceValue, group, category, referenceFlat, problems });
    // Units and symbols ("{{ms}} ms", "OK") are the same everywhere: only words of 3+ letters count as text.
    if (mayEqualReference || value !== referenceValue || !/\p{L}{3}/u.test(stripPlaceholders(value)))
      continue;
    const ids = [`${namespace}:${key}`, ...(groupId === undefined ? [] : [`${namespace}:${groupId}`])];
    const allowed = ids.some(
      (id) => allowlist.identical.get('*')?.has(id) || allowlist.identical.get(locale)?.has(id),
    );
    if (!allowed) {
      problems.push({
        file,
        key,
        message: `identical to en-US ("${value}"): translate it, or allow-list "${namespace}:${key}" for "${locale}" in ${ALLOWLIST_FILE}`,
      });
    }
  }
  for (const [key, { groupId }] of expected) {
    // Missing plural forms were reported above, per plural key.
    if (groupId === undefined && !flat.has(key)) problems.push({ file, key, message: 'missing key' });
  }
  return checked;
}

/**
 * Plural forms may spell the number out (`_one`: "one region"), so they may
 * drop `{{count}}` — except `_other`, which always shows a number.
 * @param {{ file: string, key: string, value: string, referenceValue: string,
 *   group: { forms: Map<string, string> } | undefined, category: string | undefined,
 *   referenceFlat: Map<string, unknown>, problems: Problem[] }} input
 */
function checkPlaceholders({ file, key, value, referenceValue, group, category, referenceFlat, problems }) {
  const actual = placeholdersOf(value);
  let expected = placeholdersOf(referenceValue);
  /** @type {Set<string>} */
  let optional = new Set();
  if (group) {
    expected = new Set(
      [...group.forms.values()].flatMap((form) => [...placeholdersOf(String(referenceFlat.get(form)))]),
    );
    if (category !== 'other') optional = new Set(['{{count}}']);
  }
  const missing = [...expected].filter((token) => !actual.has(token) && !optional.has(token));
  const unknown = [...actual].filter((token) => !expected.has(token));
  if (missing.length)
    problems.push({
      file,
      key,
      message: `missing placeholder ${missing.join(', ')} (en-US: "${referenceValue}")`,
    });
  if (unknown.length)
    problems.push({
      file,
      key,
      message: `unknown placeholder ${unknown.join(', ')} (en-US: "${referenceValue}")`,
    });
}

/** @param {string} value */
function stripPlaceholders(value) {
  return value.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]+>/g, '');
}
