// Workspace packages export TypeScript sources, which plain `node` cannot
// import, so every suite that touches them is bundled by esbuild first.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

import { FONT_STYLESHEETS } from '../../../scripts/fontStylesheets.mjs';

export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
// Inside node_modules/.cache: ignored by git and by the repo's ESLint and
// Prettier runs (a bundle is generated code), and rebuilt on every run.
export const OUT_DIR = path.join(BENCH_DIR, 'node_modules/.cache/globalkit-bench');
export const REPO_ROOT = path.resolve(BENCH_DIR, '../..');

/**
 * Bundles a Node suite (workspace packages and libraries included) to
 * `node_modules/.cache/globalkit-bench/<name>.mjs` and returns its path.
 * @param {string} name file name under src/suites without extension
 */
export async function bundleNodeSuite(name) {
  await mkdir(OUT_DIR, { recursive: true });
  const outfile = path.join(OUT_DIR, `${name}.mjs`);
  await build({
    entryPoints: [path.join(BENCH_DIR, 'src/suites', `${name}.mjs`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Same mode as an app's production build: no dev-only checks in the timings.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Bundles the browser page of the direction suite the way an app ships it:
 * minified, production React.
 * @returns {Promise<string>} the bundled JavaScript
 */
export async function bundleBrowserPage() {
  const result = await build({
    entryPoints: [path.join(BENCH_DIR, 'src/browser/directionPage.mjs')],
    bundle: true,
    platform: 'browser',
    // A module script, so `import.meta` (read by createI18n) exists.
    format: 'esm',
    target: 'chrome120',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    // Fonts load only when GlobalkitProvider is asked to (the page is not), and esbuild
    // has no loader for the .woff2 files their stylesheets point at.
    external: [...FONT_STYLESHEETS],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
