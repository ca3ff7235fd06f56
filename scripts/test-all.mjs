#!/usr/bin/env node
// The README's test command. Runs every stage, even after a failure, so one CI
// run reports everything that is wrong; prints each stage's wall time and ends
// with a plain "N passed, N failed" line. Exit code is non-zero if any stage failed.
import { spawnSync } from 'node:child_process';

import { chromiumPath } from './chromium.mjs';

/** @type {Array<[name: string, command: string]>} */
const STAGES = [
  ['typecheck', 'pnpm typecheck'],
  ['lint', 'pnpm lint'],
  ['locale check (globalkit-locales check)', 'pnpm locales:check'],
  ['unit tests (node + dom)', 'pnpm test:unit'],
  ['browser tests (Chromium)', 'pnpm test:browser'],
  ['storybook tests (every story × en-US/ar/ja/en-XA: render, play, axe, screenshot)', 'pnpm test:storybook'],
  ['build packages', 'pnpm build'],
  ['check packages (publint + attw)', 'pnpm check:packages'],
  ['size budgets (pnpm size)', 'pnpm size'],
  ['build storybook', 'pnpm build:storybook'],
  ['demo build + budgets (initial JS, one locale)', 'pnpm --filter @globalkit/demo budgets'],
  ['demo end-to-end (Chromium against seven regional-api processes)', 'pnpm test:e2e'],
  ['consumer test (packed tarballs in a fresh Vite app)', 'pnpm test:consumer'],
];

const only = process.argv.slice(2);
const selected = only.length ? STAGES.filter(([name]) => only.some((o) => name.includes(o))) : STAGES;

// Fail early and clearly if the browser is missing, instead of deep in a stage.
try {
  console.log(`Chromium: ${chromiumPath()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const results = [];
const started = Date.now();
for (const [name, command] of selected) {
  console.log(`\n━━ ${name}: ${command}`);
  const t0 = Date.now();
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true });
  const seconds = (Date.now() - t0) / 1000;
  results.push({ name, ok: status === 0, seconds });
  console.log(`━━ ${name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${seconds.toFixed(1)} s`);
}

console.log('\nStage summary');
for (const { name, ok, seconds } of results) {
  console.log(`  ${ok ? 'ok    ' : 'FAILED'}  ${seconds.toFixed(1).padStart(7)} s  ${name}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
