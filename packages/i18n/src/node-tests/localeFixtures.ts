// Shared by the globalkit-locales CLI tests: run the CLI as users do
// (`node bin/globalkit-locales.mjs`) on fixture locales folders in a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { execPath } from 'node:process';
import { fileURLToPath } from 'node:url';

export const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(PACKAGE, 'bin/globalkit-locales.mjs');
export const REAL_LOCALES = resolve(PACKAGE, '../../locales');

/** Runs the CLI; `output` is stdout and stderr together. */
export function run(args: string[], cwd = PACKAGE) {
  const { status, stdout, stderr } = spawnSync(execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status, output: `${stdout}${stderr}` };
}

export type Tree = Record<string, Record<string, object>>;
export type MutableTree = Record<string, Record<string, Record<string, unknown>>>;
export type Edit = (
  file: (locale: string, namespace: string) => Record<string, unknown>,
  tree: MutableTree,
) => void;

/** A correct locales folder: en-US reference, en-GB (may equal en-US), de, ja (other only), ar (six plural forms). */
export const GOOD: Tree = {
  'en-US': {
    common: { save: 'Save', hello: 'Hello {{name}}', nested: { deep: 'Deep value' } },
    regions: {
      healthy_one: '{{count}} region is healthy',
      healthy_other: '{{count}} regions are healthy',
      servedBy: 'Served from {{region}}',
      latency: '{{ms}} ms',
    },
  },
  'en-GB': {
    common: { save: 'Save', hello: 'Hello {{name}}', nested: { deep: 'Deep value' } },
    regions: {
      healthy_one: '{{count}} region is healthy',
      healthy_other: '{{count}} regions are healthy',
      servedBy: 'Served from {{region}}',
      latency: '{{ms}} ms',
    },
  },
  de: {
    common: { save: 'Speichern', hello: 'Hallo {{name}}', nested: { deep: 'Tiefer Wert' } },
    regions: {
      healthy_one: 'Eine Region ist fehlerfrei',
      healthy_other: '{{count}} Regionen sind fehlerfrei',
      servedBy: 'Bereitgestellt von {{region}}',
      latency: '{{ms}} ms',
    },
  },
  ja: {
    common: { save: '保存', hello: 'こんにちは、{{name}}', nested: { deep: '深い値' } },
    regions: {
      healthy_other: '{{count}} 個のリージョンが正常',
      servedBy: '{{region}} から配信',
      latency: '{{ms}} ミリ秒',
    },
  },
  ar: {
    common: { save: 'حفظ', hello: 'مرحبًا {{name}}', nested: { deep: 'قيمة عميقة' } },
    regions: {
      healthy_zero: 'لا توجد مناطق سليمة',
      healthy_one: 'منطقة واحدة سليمة',
      healthy_two: 'منطقتان سليمتان',
      healthy_few: '{{count}} مناطق سليمة',
      healthy_many: '{{count}} منطقة سليمة',
      healthy_other: '{{count}} منطقة سليمة',
      servedBy: 'تُقدَّم من {{region}}',
      latency: '{{ms}} مللي ثانية',
    },
  },
};

/** A temp area for fixtures; call `cleanup()` after the tests. */
export function createFixtures() {
  const temp = mkdtempSync(join(tmpdir(), 'globalkit-locales-'));
  let count = 0;

  /** Writes a fixture locales folder (plus pseudo-locales and generated modules, like the workspace). */
  function fixture(tree: Tree = GOOD, { prepare = true } = {}) {
    const root = join(temp, `fixture-${++count}`);
    const dir = join(root, 'locales');
    for (const [locale, namespaces] of Object.entries(tree)) {
      mkdirSync(join(dir, locale), { recursive: true });
      for (const [namespace, data] of Object.entries(namespaces)) {
        writeFileSync(join(dir, locale, `${namespace}.json`), `${JSON.stringify(data, null, 2)}\n`);
      }
    }
    const out = join(root, 'generated');
    if (prepare) {
      const pseudo = run(['pseudo', '--dir', dir, '--out', out]);
      if (pseudo.status !== 0) throw new Error(`pseudo failed:\n${pseudo.output}`);
    }
    return { root, dir, out, check: () => run(['check', '--dir', dir, '--out', out]) };
  }

  /** GOOD with one change, made by `edit` on a deep copy. */
  function variant(edit: Edit) {
    const tree = structuredClone(GOOD) as MutableTree;
    edit((locale, namespace) => ((tree[locale] ??= {})[namespace] ??= {}), tree);
    return fixture(tree as Tree);
  }

  return { temp, fixture, variant, cleanup: () => rmSync(temp, { recursive: true, force: true }) };
}
