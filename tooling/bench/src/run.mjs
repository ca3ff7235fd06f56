// `pnpm bench [suite...]`: runs the suites one after another (each runs its
// own alternatives interleaved), prints the tables, writes BENCHMARKS.md
// after a full run and exits 1 when a goal is missed.

import { fork } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import { writeBenchmarksSection } from '../../../scripts/benchmarksFile.mjs';

import { BENCH_DIR, bundleNodeSuite } from './bundle.mjs';
import { benchmarksMarkdown, machineInfo, suiteText } from './report.mjs';
import { BUNDLED, SUITES } from './suiteList.mjs';

/** @typedef {import('./report.mjs').SuiteResult} SuiteResult */

const args = process.argv.slice(2);
const roundsArg = args.find((arg) => arg.startsWith('--rounds='));
const rounds = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 15;
const selected = args.filter((arg) => !arg.startsWith('--'));
const unknown = selected.filter((name) => !SUITES.includes(name));
if (unknown.length > 0 || !Number.isInteger(rounds) || rounds < 3) {
  console.error(
    `Usage: pnpm bench [${SUITES.join('|')}...] [--rounds=N (≥ 3, default 15)]` +
      (unknown.length > 0 ? `\nUnknown suite: ${unknown.join(', ')}` : ''),
  );
  process.exit(2);
}
const suites = selected.length > 0 ? selected : SUITES;

const started = performance.now();
const machine = machineInfo();
console.log(
  `globalkit bench: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${rounds} rounds`,
);

/**
 * Runs one suite in a fresh Node process (see runSuite.mjs) and returns its result.
 * @param {string} moduleUrl
 * @returns {Promise<SuiteResult & { chromium?: string }>}
 */
function runInChild(moduleUrl) {
  return new Promise((resolve, reject) => {
    /** @type {(SuiteResult & { chromium?: string }) | undefined} */
    let result;
    const child = fork(
      path.join(import.meta.dirname, 'runSuite.mjs'),
      [moduleUrl, String(rounds), BENCH_DIR],
      {
        stdio: 'inherit',
      },
    );
    child.on('message', (message) => {
      result = /** @type {SuiteResult & { chromium?: string }} */ (message);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`suite ${moduleUrl} exited with code ${code} before reporting`));
    });
  });
}

/** @type {SuiteResult[]} */
const results = [];
for (const name of suites) {
  const modulePath = BUNDLED.has(name)
    ? await bundleNodeSuite(name)
    : path.join(import.meta.dirname, 'suites', `${name}.mjs`);
  const suiteStarted = performance.now();
  const result = await runInChild(pathToFileURL(modulePath).href);
  if (result.chromium) machine.chromium = result.chromium;
  results.push(result);
  console.log(suiteText(result));
  console.log(`(${((performance.now() - suiteStarted) / 1000).toFixed(1)} s)`);
}

const durationS = (performance.now() - started) / 1000;
const failed = results.flatMap((result) =>
  result.goals
    .filter((goal) => !goal.pass)
    .map((goal) => `${result.id}: ${goal.label} (${goal.measured}, target ${goal.target})`),
);
if (suites.length === SUITES.length) {
  const markdown = benchmarksMarkdown({
    suites: results,
    machine,
    command: ['pnpm bench', ...args].join(' '),
    date: new Date(),
    durationS,
  });
  writeBenchmarksSection('bench', markdown);
  console.log(`\nWrote the bench section of BENCHMARKS.md (${durationS.toFixed(0)} s).`);
} else {
  console.log(
    `\nPartial run (${durationS.toFixed(0)} s): BENCHMARKS.md is only written when every suite runs.`,
  );
}
if (failed.length > 0) {
  console.error(`\nGoals missed:\n${failed.map((line) => `  - ${line}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll goals met.');
}
