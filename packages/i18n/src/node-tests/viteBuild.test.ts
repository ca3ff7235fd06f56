// A user's Vite app importing the package source must get one lazy chunk per
// locale and namespace, and no strings in its entry chunk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';
import type { Rolldown } from 'vite';
import { afterAll, expect, it } from 'vitest';

import { PSEUDO_LOCALES, SUPPORTED_LOCALES } from '../supportedLocales';

const PACKAGE_SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const app = mkdtempSync(join(tmpdir(), 'globalkit-i18n-vite-'));

afterAll(() => rmSync(app, { recursive: true, force: true }));

it('emits one chunk per locale for a namespace, none in the entry', { timeout: 20_000 }, async () => {
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><title>app</title><script type="module" src="/main.ts"></script>\n',
  );
  writeFileSync(
    join(app, 'main.ts'),
    [
      `import { createI18n } from ${JSON.stringify(join(PACKAGE_SRC, 'index.ts'))};`,
      `const i18n = createI18n({ region: 'eu-central-1' });`,
      `void i18n.ready.then(() => { document.title = i18n.t('language.label'); });`,
    ].join('\n'),
  );
  const result = await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, reportCompressedSize: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  const localeFile = /[\\/]locales[\\/]([^\\/]+)[\\/]common\.json$/;
  const commonChunks = chunks.filter((chunk) => chunk.moduleIds.some((id) => localeFile.test(id)));

  // One chunk per locale (14 + 2 pseudo), each holding exactly one locale's common.json.
  const locales = commonChunks.map((chunk) => {
    const ids = chunk.moduleIds.filter((id) => /[\\/]locales[\\/]/.test(id));
    expect(ids).toHaveLength(1);
    return localeFile.exec(ids[0] ?? '')?.[1];
  });
  expect(locales.sort()).toEqual([...SUPPORTED_LOCALES, ...PSEUDO_LOCALES].sort());
  for (const chunk of commonChunks) expect(chunk.isDynamicEntry).toBe(true);

  const entry = chunks.find((chunk) => chunk.isEntry);
  expect(entry?.moduleIds.some((id) => /[\\/]locales[\\/]/.test(id))).toBe(false);
  expect(entry?.code).not.toContain('Try again');
});
