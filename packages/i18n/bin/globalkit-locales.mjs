#!/usr/bin/env node
// globalkit-locales: check, pseudo-localize and generate modules for a
// locales/<locale>/<namespace>.json folder. Plain Node ESM (no build step), so
// it runs the same in the workspace and from a published package.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { checkLocales, formatReport } from '../cli/checkLocales.mjs';
import { writeGeneratedFiles } from '../cli/generateModules.mjs';
import {
  PACKAGE_DIR,
  PACKAGE_GENERATED_DIR,
  PSEUDO_LOCALES,
  REFERENCE_LOCALE,
  findLocalesDir,
  readLocaleTree,
} from '../cli/localeFiles.mjs';
import { pseudoLocalizeNamespace } from '../cli/pseudoLocalize.mjs';

const USAGE = `Usage: globalkit-locales <command> [--dir <locales>] [--out <dir>]

Commands:
  check      every locale has exactly en-US's keys, Intl.PluralRules' plural
             categories, the same placeholders, no empty or untranslated
             values; pseudo-locales and generated modules are current.
             Exits 1 with a report when anything is wrong.
  pseudo     regenerate the en-XA and ar-XB pseudo-locales from en-US, then generate
  generate   write the lazy loader map and the typed-keys resource type

Options:
  --dir <path>  locales folder (default: the nearest locales/ with an en-US
                folder, walking up from the current directory)
  --out <path>  folder of the generated modules (default: this package's
                src/generated, when --dir is the workspace's locales folder)
  -h, --help    show this help`;

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message, code = 2) {
  console.error(`globalkit-locales: ${message}\n\n${USAGE}`);
  process.exit(code);
}

/** @type {{ values: { dir?: string, out?: string, help?: boolean }, positionals: string[] }} */
let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { dir: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const [command, ...rest] = args.positionals;
if (args.values.help || !command) {
  console.log(USAGE);
  process.exit(command || args.values.help ? 0 : 2);
}
if (rest.length) fail(`unexpected argument ${JSON.stringify(rest[0])}`);

const workspaceLocales = findLocalesDir(PACKAGE_DIR);
const dir = args.values.dir
  ? resolve(args.values.dir)
  : (findLocalesDir(process.cwd()) ??
    fail(`no locales/ folder with an ${REFERENCE_LOCALE}/ reference above ${process.cwd()}; pass --dir`));
// The workspace: this package's source (not published) generates from the repository's locales.
const isWorkspace = existsSync(PACKAGE_GENERATED_DIR) && dir === workspaceLocales;
const outDir = args.values.out ? resolve(args.values.out) : isWorkspace ? PACKAGE_GENERATED_DIR : undefined;

switch (command) {
  case 'check': {
    const result = checkLocales({ dir, outDir, requirePseudo: isWorkspace });
    const report = formatReport(result, dir);
    if (result.problems.length) {
      console.error(report);
      process.exit(1);
    }
    console.log(report);
    break;
  }
  case 'pseudo': {
    const reference = readLocaleTree(dir).files.get(REFERENCE_LOCALE) ?? new Map();
    for (const locale of PSEUDO_LOCALES) {
      mkdirSync(join(dir, locale), { recursive: true });
      for (const [namespace, file] of reference) {
        if ('error' in file) fail(`${file.path}: ${file.error}`, 1);
        else
          writeFileSync(
            join(dir, locale, `${namespace}.json`),
            `${JSON.stringify(pseudoLocalizeNamespace(file.data, locale), null, 2)}\n`,
          );
      }
      console.log(`✓ ${locale}: ${reference.size} namespace(s) from ${REFERENCE_LOCALE}`);
    }
    generate();
    break;
  }
  case 'generate':
    if (!outDir) fail('--out is required outside the workspace locales folder');
    generate();
    break;
  default:
    fail(`unknown command ${JSON.stringify(command)}`);
}

function generate() {
  if (!outDir) {
    console.log('  (modules not generated: pass --out to write them for this locales folder)');
    return;
  }
  const written = writeGeneratedFiles(readLocaleTree(dir), outDir);
  console.log(
    written.length
      ? written.map((path) => `✓ wrote ${path}`).join('\n')
      : `✓ generated modules up to date in ${outDir}`,
  );
}
