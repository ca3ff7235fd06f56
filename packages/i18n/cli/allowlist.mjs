// locales/.allowlist.json: strings that are intentionally the same as en-US
// in some locale ("Status" in German), so the identical-value check lets them pass.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { readJsonFile } from './localeFiles.mjs';

/**
 * @typedef {{ identical: Map<string, Set<string>> }} Allowlist
 * @typedef {import('./checkNamespace.mjs').Problem} Problem
 */

/** Allow-list of intentionally identical strings, inside the locales folder. */
export const ALLOWLIST_FILE = '.allowlist.json';

/**
 * @param {string} dir
 * @param {Problem[]} problems
 * @returns {Allowlist}
 */
export function readAllowlist(dir, problems) {
  /** @type {Allowlist} */
  const allowlist = { identical: new Map() };
  const path = join(dir, ALLOWLIST_FILE);
  if (!existsSync(path)) return allowlist;
  const file = readJsonFile(path);
  if ('error' in file) {
    problems.push({ file: ALLOWLIST_FILE, message: file.error });
    return allowlist;
  }
  const identical = file.data['identical'];
  if (!identical || typeof identical !== 'object' || Array.isArray(identical)) {
    problems.push({
      file: ALLOWLIST_FILE,
      message: 'expected { "identical": { "<locale>" | "*": ["namespace:key", …] } }',
    });
    return allowlist;
  }
  for (const [locale, keys] of Object.entries(identical)) {
    if (!Array.isArray(keys) || keys.some((key) => typeof key !== 'string')) {
      problems.push({
        file: ALLOWLIST_FILE,
        key: `identical.${locale}`,
        message: 'must be an array of "namespace:key" strings',
      });
      continue;
    }
    allowlist.identical.set(locale, new Set(keys));
  }
  return allowlist;
}
