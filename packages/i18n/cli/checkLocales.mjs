// `globalkit-locales check`: every locale against the en-US reference, plus
// the generated files. Collects every problem, so one run shows them all.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

import { generatedFiles } from './generateModules.mjs';
import { readAllowlist } from './allowlist.mjs';
import { checkNamespace } from './checkNamespace.mjs';
import { PSEUDO_LOCALES, REFERENCE_LOCALE, readLocaleTree } from './localeFiles.mjs';
import { pseudoLocalizeNamespace } from './pseudoLocalize.mjs';

/**
 * @typedef {import('./checkNamespace.mjs').Problem} Problem
 * @typedef {import('./localeFiles.mjs').LocaleTree} LocaleTree
 */

/**
 * @param {{ dir: string, outDir?: string | undefined, requirePseudo?: boolean }} options
 *   `outDir`: also check the generated modules there are current;
 *   `requirePseudo`: a missing pseudo-locale folder is a problem (the workspace), not a note.
 * @returns {{ problems: Problem[], notes: string[], stats: { locales: number, namespaces: number, strings: number } }}
 */
export function checkLocales({ dir, outDir, requirePseudo = false }) {
  /** @type {Problem[]} */
  const problems = [];
  /** @type {string[]} */
  const notes = [];
  const tree = readLocaleTree(dir);
  const at = (/** @type {string} */ path) => relative(dir, path) || '.';
  const reference = tree.files.get(REFERENCE_LOCALE);
  if (!reference || reference.size === 0) {
    problems.push({
      file: REFERENCE_LOCALE,
      message: `no ${REFERENCE_LOCALE}/*.json reference files in ${dir}`,
    });
    return { problems, notes, stats: { locales: 0, namespaces: 0, strings: 0 } };
  }
  const allowlist = readAllowlist(dir, problems);
  let strings = 0;

  for (const [locale, files] of tree.files) {
    if (!isCanonicalTag(locale)) {
      problems.push({ file: `${locale}/`, message: `"${locale}" is not a canonical BCP 47 locale tag` });
      continue;
    }
    for (const [namespace, referenceFile] of reference) {
      const file = files.get(namespace);
      const name = `${locale}/${namespace}.json`;
      if (!file) {
        problems.push({ file: name, message: `missing file (en-US has ${namespace}.json)` });
        continue;
      }
      if ('error' in file) {
        problems.push({ file: at(file.path), message: file.error });
        continue;
      }
      if ('error' in referenceFile) continue; // reported once, as the en-US file's own problem
      strings += checkNamespace({
        locale,
        namespace,
        file: name,
        data: file.data,
        reference: referenceFile.data,
        allowlist,
        problems,
      });
    }
    for (const namespace of files.keys()) {
      if (!reference.has(namespace)) {
        problems.push({
          file: `${locale}/${namespace}.json`,
          message: `extra file: en-US has no ${namespace}.json`,
        });
      }
    }
  }

  for (const pseudo of PSEUDO_LOCALES) checkPseudo(tree, pseudo, requirePseudo, problems, notes);
  if (outDir) {
    for (const { path, content } of generatedFiles(tree, outDir)) {
      const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (current !== content) {
        problems.push({ file: path, message: 'generated module is stale: run `globalkit-locales generate`' });
      }
    }
  } else {
    notes.push('generated modules not checked (no --out, and this is not the workspace locales folder)');
  }
  return { problems, notes, stats: { locales: tree.locales.length, namespaces: reference.size, strings } };
}

/**
 * @param {LocaleTree} tree
 * @param {'en-XA' | 'ar-XB'} pseudo
 * @param {boolean} required
 * @param {Problem[]} problems
 * @param {string[]} notes
 */
function checkPseudo(tree, pseudo, required, problems, notes) {
  const files = tree.files.get(pseudo);
  if (!files) {
    if (required)
      problems.push({ file: `${pseudo}/`, message: 'pseudo-locale missing: run `globalkit-locales pseudo`' });
    else notes.push(`no ${pseudo} pseudo-locale (run \`globalkit-locales pseudo\` to create it)`);
    return;
  }
  for (const [namespace, referenceFile] of tree.files.get(REFERENCE_LOCALE) ?? []) {
    const file = files.get(namespace);
    if (!file || 'error' in file || 'error' in referenceFile) continue; // reported by the generic checks
    const expected = pseudoLocalizeNamespace(referenceFile.data, pseudo);
    if (JSON.stringify(expected) !== JSON.stringify(file.data)) {
      problems.push({
        file: `${pseudo}/${namespace}.json`,
        message: 'pseudo-locale is stale: run `globalkit-locales pseudo`',
      });
    }
  }
}

/** @param {string} tag */
function isCanonicalTag(tag) {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

/**
 * A report people can act on: problems grouped by file, one line each.
 * @param {ReturnType<typeof checkLocales>} result
 * @param {string} dir
 */
export function formatReport({ problems, notes, stats }, dir) {
  const lines = [];
  if (problems.length === 0) {
    lines.push(
      `✓ globalkit-locales check: ${stats.locales} locales × ${stats.namespaces} namespaces, ${stats.strings} strings OK (${dir})`,
    );
  } else {
    /** @type {Map<string, Problem[]>} */
    const byFile = new Map();
    for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    lines.push(`✗ globalkit-locales check: ${problems.length} problem(s) in ${byFile.size} file(s) (${dir})`);
    for (const [file, list] of byFile) {
      lines.push('', `  ${file}`);
      for (const { key, message } of list) lines.push(`    ${key ? `${key}: ` : ''}${message}`);
    }
  }
  for (const note of notes) lines.push(`  note: ${note}`);
  return lines.join('\n');
}
