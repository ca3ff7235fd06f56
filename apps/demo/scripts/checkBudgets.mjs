#!/usr/bin/env node
// Demo bundle budgets (issue #10 "Demo"): builds the demo for production,
// then checks from dist/.vite/manifest.json that
//   1. the initial JS (entry chunk + its static imports, transitively) is at
//      most 150 KB gzip (level 9), React included;
//   2. no locale JSON chunk is statically imported by the entry graph;
//   3. none of the en-US reference strings (locales/en-US/*.json and the app's
//      locales/en-US/demo.json) are inlined in the initial JS — the active
//      locale arrives as lazy chunks at runtime, so exactly one locale loads;
//   4. the consent preferences dialog, and ui-rtl's Dialog and Switch, are in
//      no initial chunk (from the chunks' source maps): they load on demand.
// Prints a table; exits 1 naming the budget that failed.
//
//   node apps/demo/scripts/checkBudgets.mjs               # build, then check
//   node apps/demo/scripts/checkBudgets.mjs --no-build    # check the existing dist/
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { markdownTable, provenance, writeBenchmarksSection } from '../../../scripts/benchmarksFile.mjs';

import {
  distinctiveStrings,
  evaluateBudgets,
  formatKb,
  formatTable,
  foundStrings,
  initialChunkKeys,
  localeChunksByLocale,
  mergedLocaleModules,
  onDemandModulesIn,
  staticLocaleChunks,
} from './budgetGraph.mjs';

const LIMIT_BYTES = 150 * 1024;
/**
 * Modules that load on demand only: the consent preferences dialog (opened by few
 * visitors) with ui-rtl's Dialog and Switch, which nothing else on a first load uses.
 * ui-rtl's `dialogTrigger` is not one of them: the eager trigger that opens the lazy
 * dialog is wired with it.
 */
const ON_DEMAND =
  /consent\/src\/react\/ConsentPreferences\/PreferencesDialog|ui-rtl\/src\/components\/(Dialog\/(?!dialogTrigger\.)|Switch\/)/;
/** Distinctive en-US values looked for per namespace file. */
const STRINGS_PER_NAMESPACE = 4;

const appDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = fileURLToPath(new URL('../../..', import.meta.url));
const distDir = join(appDir, 'dist');

if (!process.argv.includes('--no-build')) {
  console.log('checkBudgets: vite build (production)…');
  const build = spawnSync(
    process.execPath,
    [join(appDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: appDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (build.status !== 0) {
    console.error(`checkBudgets: vite build failed (${build.signal ?? `exit ${build.status}`}).`);
    process.exit(1);
  }
}

/** @type {import('./budgetGraph.mjs').Manifest} */
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
} catch {
  console.error(
    `checkBudgets: no ${join(distDir, '.vite/manifest.json')} — build with build.manifest: true.`,
  );
  process.exit(1);
}

const initialKeys = initialChunkKeys(manifest);
const initial = initialKeys.map((key) => {
  const file = /** @type {import('./budgetGraph.mjs').ManifestChunk} */ (manifest[key]).file;
  const code = readFileSync(join(distDir, file));
  return {
    key,
    file,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    code: code.toString('utf8'),
  };
});
const initialGzipBytes = initial.reduce((sum, chunk) => sum + chunk.gzip, 0);
const initialCode = initial.map((chunk) => chunk.code).join('\n');

// The en-US reference: the SDK's namespaces and the app's own.
const referenceFiles = [
  ...readdirSync(join(repoDir, 'locales/en-US'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ namespace: name.slice(0, -5), path: join(repoDir, 'locales/en-US', name) })),
  { namespace: 'demo', path: join(appDir, 'locales/en-US/demo.json') },
];
const inlined = [];
let searched = 0;
for (const { namespace, path } of referenceFiles) {
  const needles = distinctiveStrings(JSON.parse(readFileSync(path, 'utf8')), STRINGS_PER_NAMESPACE);
  searched += needles.length;
  for (const text of foundStrings(initialCode, needles)) inlined.push({ namespace, text });
}

const staticLocaleKeys = staticLocaleChunks(manifest, initialKeys);
// Which source modules ended up in the initial chunks, from their source maps. The bundler's
// runtime chunk has no sources and no map; every other chunk must have one, or the check is void.
const initialMaps = initial
  .filter((chunk) => chunk.code.includes('//# sourceMappingURL='))
  .map((chunk) => JSON.parse(readFileSync(join(distDir, `${chunk.file}.map`), 'utf8')));
if (initialMaps.length === 0) {
  console.error('checkBudgets: the initial chunks have no source maps; keep build.sourcemap on.');
  process.exit(1);
}
const onDemandInitial = onDemandModulesIn(initialMaps, ON_DEMAND);
const merged = mergedLocaleModules(
  manifest,
  referenceFiles.map(({ namespace }) => `en-US/${namespace}.json`),
);
const verdicts = evaluateBudgets({
  initialGzipBytes,
  limitBytes: LIMIT_BYTES,
  staticLocaleKeys,
  inlined,
  merged,
  onDemandInitial,
});

console.log('\nInitial JS (loaded before any dynamic import):');
console.log(
  formatTable(
    ['chunk', 'raw', 'gzip -9'],
    [
      ...initial.map((chunk) => [chunk.file, formatKb(chunk.raw), formatKb(chunk.gzip)]),
      ['total', formatKb(initial.reduce((sum, chunk) => sum + chunk.raw, 0)), formatKb(initialGzipBytes)],
    ],
  ),
);
const byLocale = localeChunksByLocale(manifest);
console.log(
  `\nLocale chunks: ${byLocale.size} locales, ${[...byLocale.values()].reduce((n, keys) => n + keys.length, 0)} lazy locale chunks; ` +
    `${searched} distinctive en-US strings from ${referenceFiles.length} namespaces searched in the initial JS.`,
);
for (const hit of inlined) console.log(`  inlined en-US ${hit.namespace}: "${hit.text}"`);
console.log('\nBudgets:');
console.log(
  formatTable(
    ['budget', 'actual', 'limit', 'result'],
    verdicts.map((verdict) => [verdict.name, verdict.actual, verdict.limit, verdict.ok ? 'ok' : 'FAIL']),
  ),
);
if (process.argv.includes('--write')) {
  const file = writeBenchmarksSection(
    'demo-budgets',
    [
      '## Demo bundle budgets',
      '',
      provenance({ command: 'node apps/demo/scripts/checkBudgets.mjs --write' }),
      '',
      'Production build of `apps/demo`; initial JS is the entry chunk and its static imports (from',
      '`dist/.vite/manifest.json`), gzip -9, React included. The same check runs in `pnpm test`.',
      '',
      markdownTable(
        ['budget', 'measured', 'limit', 'result'],
        verdicts.map((verdict) => [verdict.name, verdict.actual, verdict.limit, verdict.ok ? 'met' : 'FAIL']),
      ),
    ].join('\n'),
  );
  console.log(`\nWrote the demo-budgets section of ${file}`);
}
const failed = verdicts.filter((verdict) => !verdict.ok);
if (failed.length > 0) {
  console.error(
    `\ncheckBudgets: ${failed.length} budget(s) failed: ${failed.map((verdict) => verdict.name).join('; ')}.`,
  );
  process.exit(1);
}
console.log('\ncheckBudgets: all budgets met.');
