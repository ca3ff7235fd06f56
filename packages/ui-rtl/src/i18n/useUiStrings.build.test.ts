// An app bundling @globalkit/ui-rtl must not get the en-US ui strings in its
// entry chunk: they are the no-I18nProvider fallback, loaded on demand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';
import type { Rolldown } from 'vite';
import { afterAll, expect, it } from 'vitest';

import enUi from '../../../../locales/en-US/ui.json';

const ENTRY = resolve(dirname(fileURLToPath(import.meta.url)), '../index.ts');
const app = mkdtempSync(join(tmpdir(), 'globalkit-ui-rtl-vite-'));

afterAll(() => rmSync(app, { recursive: true, force: true }));

it('keeps the en-US ui strings out of the entry chunk', { timeout: 20_000 }, async () => {
  writeFileSync(join(app, 'main.ts'), `export { Spinner, TextField } from ${JSON.stringify(ENTRY)};\n`);
  const warnings: string[] = [];
  const result = await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      reportCompressedSize: false,
      lib: { entry: join(app, 'main.ts'), formats: ['es'] },
      rollupOptions: {
        external: [/^react/, /^@globalkit\//, /^@emotion\//],
        onwarn: (warning) => void warnings.push(warning.code ?? warning.message),
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  const marker = enUi.field.charactersLeft_other;
  const entry = chunks.filter((chunk) => chunk.isEntry);
  expect(entry).toHaveLength(1);
  expect(entry[0]?.code).not.toContain(marker);
  expect(chunks.some((chunk) => !chunk.isEntry && chunk.code.includes(marker))).toBe(true);
  expect(warnings).not.toContain('INEFFECTIVE_DYNAMIC_IMPORT');
});
