#!/usr/bin/env node
// `pnpm lighthouse` (issue #10 "Demo"): Lighthouse 12 against the production
// build of the demo, served by server/serve.mjs (strict CSP) and talking to the
// seven real regional-api processes (fresh temp databases).
//
//   node apps/demo/scripts/lighthouse.mjs             # build, serve, audit, stop
//   node apps/demo/scripts/lighthouse.mjs --no-build  # audit the existing dist/
//   node apps/demo/scripts/lighthouse.mjs --desktop   # Lighthouse's desktop preset instead (for comparison)
//   node apps/demo/scripts/lighthouse.mjs --devtools  # applied (real) throttling instead of simulated, to
//                                                     # check what the simulation predicts (slower; for comparison)
//   node apps/demo/scripts/lighthouse.mjs --runs 5    # audits per page (1–9, default 3); the median run counts
//
// Lighthouse's defaults are kept: mobile form factor and simulated throttling
// (slow 4G, 4× CPU) — the stricter of its two presets. One audit varies by
// several points on a shared machine, so each page is audited --runs times and
// the run Lighthouse's own computeMedianRun picks (closest to the median FCP
// and TTI, as PageSpeed Insights and LHCI do) is the one reported and checked;
// every run's score is listed beside it. Reports of the median run go to
// apps/demo/reports/lighthouse/<page>.report.{html,json} (git-ignored).
// The host's CPU power (Lighthouse's benchmarkIndex, median of all runs) is
// printed and recorded beside the table: simulated throttling scales the host's
// own task times, so scores from hosts of different power do not compare. So is
// what the host charges for the first write to a fresh memory page, which that
// benchmark does not see (pageTouchCost.mjs).
// Exits 1 unless every page scores performance ≥ 95, accessibility = 100 and
// best practices ≥ 95. The servers and Chromium are always stopped.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';

import { markdownTable, provenance, writeBenchmarksSection } from '../../../scripts/benchmarksFile.mjs';
import { chromiumPath } from '../../../scripts/chromium.mjs';

import { benchmarkIndexSummary, describeCpuPower } from './cpuPower.mjs';
import { describePageTouchCost, measurePageTouchCost } from './pageTouchCost.mjs';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const apiDir = fileURLToPath(new URL('../../regional-api', import.meta.url));
const reportDir = join(appDir, 'reports/lighthouse');
const DEMO_PORT = 4173; // the origin in the regional API's CORS list: http://localhost:4173
const REGION_PORTS = [8101, 8102, 8103, 8104, 8105, 8106, 8107];
const START_TIMEOUT_MS = 60_000;
const LIGHTHOUSE_VERSION = createRequire(import.meta.url)('lighthouse/package.json').version;
const DESKTOP = process.argv.includes('--desktop');
const DEVTOOLS = process.argv.includes('--devtools');
/** Trace hiccups (NO_NAVSTART, NO_FCP…) are Lighthouse's own; such a run is repeated this often. */
const ATTEMPTS = 3;
const RUNS = (() => {
  try {
    return runsOption(process.argv.slice(2));
  } catch (error) {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
})();

/** `--runs N` / `--runs=N`: audits per page, 1–9 (default 3). */
function runsOption(args) {
  const index = args.findIndex((arg) => arg === '--runs' || arg.startsWith('--runs='));
  if (index === -1) return 3;
  const arg = /** @type {string} */ (args[index]);
  const raw = arg === '--runs' ? args[index + 1] : arg.slice('--runs='.length);
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) {
    throw new Error(
      `--runs must be a whole number from 1 to 9 (audits per page), got ${JSON.stringify(raw ?? '')}.`,
    );
  }
  return runs;
}

const PAGES = [
  { name: 'pricing-en-US', path: '/pricing?country=US&lng=en-US' },
  { name: 'pricing-ar', path: '/pricing?country=AE&lng=ar' },
  { name: 'home-en-US', path: '/?country=US&lng=en-US' },
];
const GOALS = [
  { id: 'performance', label: 'performance', min: 95 },
  { id: 'accessibility', label: 'accessibility', min: 100 },
  { id: 'best-practices', label: 'best practices', min: 95 },
];

/** chrome-launcher is a dependency of lighthouse, not of the demo: resolve it from lighthouse. */
async function loadChromeLauncher() {
  const fromLighthouse = createRequire(import.meta.resolve('lighthouse'));
  return import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
}

function log(line) {
  process.stdout.write(`[lighthouse] ${line}\n`);
}

async function assertPortFree(port, what) {
  const server = createServer();
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  } catch {
    throw new Error(`port ${port} (${what}) is in use — stop \`pnpm start\` / the preview first.`);
  } finally {
    server.close();
  }
}

/** A child in its own process group; resolves `ready` when a line matches, rejects if it exits first. */
function startChild(name, args, cwd, env, readyLine) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'], // regional-api children watch stdin: they exit if we vanish
    detached: true,
  });
  const tail = [];
  let exited = false;
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} not ready within ${START_TIMEOUT_MS} ms:\n${tail.join('\n')}`)),
      START_TIMEOUT_MS,
    );
    const onLine = (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (readyLine(line)) {
        clearTimeout(timer);
        resolve();
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('exit', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? `code ${code}`}):\n${tail.join('\n')}`));
    });
  });
  ready.catch(() => {});
  return {
    name,
    ready,
    async stop() {
      if (exited || child.pid === undefined) return;
      const gone = once(child, 'exit');
      const signal = (sig) => {
        try {
          process.kill(-child.pid, sig);
        } catch {
          // already gone
        }
      };
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

function build() {
  log('vite build (NODE_ENV=production)…');
  const result = spawnSync(
    process.execPath,
    [join(appDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: appDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed (${result.signal ?? `exit ${result.status}`})`);
}

function score(lhr, id) {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : NaN;
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  for (const port of REGION_PORTS) await assertPortFree(port, 'regional-api');
  await assertPortFree(DEMO_PORT, 'demo preview');
  // Before the servers and Chromium start, so the figure is the host's own (taken while
  // Chromium was starting, it once read 25 µs where a quiet host reads 13): the other cost
  // of this host that scores depend on and benchmarkIndex does not see (pageTouchCost.mjs).
  const memory = describePageTouchCost(measurePageTouchCost());

  const dataDir = mkdtempSync(join(tmpdir(), 'globalkit-lighthouse-'));
  const children = [];
  let chrome;
  try {
    const regions = startChild(
      'regional-api (7 regions)',
      ['--import', 'tsx', 'src/startAll.ts', '--data-dir', dataDir],
      apiDir,
      { NODE_ENV: 'production', LOG_REQUESTS: '0' },
      (line) => line.includes('regions listening'),
    );
    children.push(regions);
    const preview = startChild(
      'demo preview',
      [join(appDir, 'server/serve.mjs'), '--port', String(DEMO_PORT)],
      appDir,
      {},
      (line) => line.startsWith('Demo (production build'),
    );
    children.push(preview);
    await Promise.all([regions.ready, preview.ready]);
    log(
      `regions on 127.0.0.1:${REGION_PORTS[0]}–${REGION_PORTS.at(-1)}, preview on http://localhost:${DEMO_PORT}`,
    );

    const { launch } = await loadChromeLauncher();
    chrome = await launch({
      chromePath: chromiumPath(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    mkdirSync(reportDir, { recursive: true });
    const chromiumVersion =
      /\d+(?:\.\d+){3}/.exec(spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout)?.[0] ??
      'unknown';
    const rows = [];
    /** Every valid run's report, for the host's CPU benchmark. */
    const allLhrs = [];
    for (const page of PAGES) {
      const url = `http://localhost:${DEMO_PORT}${page.path}`;
      log(`auditing ${url} (${RUNS} run${RUNS === 1 ? '' : 's'})…`);
      const runs = [];
      for (let run = 1; run <= RUNS; run += 1) {
        let result;
        for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
          result = await lighthouse(
            url,
            {
              port: chrome.port,
              output: ['html', 'json'],
              logLevel: 'error',
              ...(DEVTOOLS ? { throttlingMethod: 'devtools' } : {}),
            },
            DESKTOP ? desktopConfig : undefined,
          );
          const error = result?.lhr.runtimeError;
          if (!error || attempt === ATTEMPTS) break;
          log(`  ${error.code}: trace problem, running again (${attempt + 1}/${ATTEMPTS})…`);
        }
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const error = result.lhr.runtimeError;
        if (error) throw new Error(`${url}: ${error.code} ${error.message}`);
        runs.push(result);
      }
      const valid = filterToValidRuns(runs.map((run) => run.lhr));
      if (valid.length === 0) throw new Error(`${url}: no run measured both FCP and TTI`);
      allLhrs.push(...valid);
      const medianLhr = computeMedianRun(valid);
      const result = /** @type {(typeof runs)[number]} */ (runs.find((run) => run.lhr === medianLhr));
      const allScores = runs.map((run) => score(run.lhr, 'performance'));
      const [html, json] = /** @type {string[]} */ (result.report);
      const base = `${page.name}${DESKTOP ? '-desktop' : ''}${DEVTOOLS ? '-devtools' : ''}`;
      writeFileSync(join(reportDir, `${base}.report.html`), html);
      writeFileSync(join(reportDir, `${base}.report.json`), json);
      const { lhr } = result;
      const scores = Object.fromEntries(GOALS.map((goal) => [goal.id, score(lhr, goal.id)]));
      const misses = GOALS.filter((goal) => !(scores[goal.id] >= goal.min));
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
      ]
        .map((id) => lhr.audits[id]?.displayValue ?? '-')
        .join(' / ');
      rows.push({ page, scores, allScores, seo: score(lhr, 'seo'), metrics, misses });
      for (const goal of misses) {
        const failing = Object.values(lhr.audits)
          .filter(
            (audit) =>
              (lhr.categories[goal.id]?.auditRefs ?? []).some(
                (ref) => ref.id === audit.id && ref.weight > 0,
              ) &&
              typeof audit.score === 'number' &&
              audit.score < 0.9,
          )
          .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
        log(`  ${goal.label} ${scores[goal.id]} < ${goal.min}: ${failing.join(', ') || 'see the report'}`);
      }
    }

    const header = [
      'page',
      ...GOALS.map((goal) => goal.label),
      'seo',
      'FCP / LCP / TBT / CLS',
      'performance, every run',
      'result',
    ];
    const table = rows.map((row) => [
      row.page.path,
      ...GOALS.map((goal) => String(row.scores[goal.id])),
      String(row.seo),
      row.metrics,
      row.allScores.join(', '),
      row.misses.length === 0 ? 'ok' : 'FAIL',
    ]);
    const widths = header.map((cell, i) => Math.max(cell.length, ...table.map((r) => r[i].length)));
    const line = (cells) =>
      cells
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const mode = `${DESKTOP ? 'desktop preset' : 'mobile'}, ${DEVTOOLS ? 'applied (devtools)' : 'simulated'} throttling`;
    const goalsText = GOALS.map((g) => `${g.label} ${g.min === 100 ? '= 100' : `≥ ${g.min}`}`).join(', ');
    console.log(`\nLighthouse ${LIGHTHOUSE_VERSION} (${mode}) — goals: ${goalsText}`);
    console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n'));
    // Scores from hosts of different CPU power do not compare (see cpuPower.mjs): say which this was.
    const cpuPower = describeCpuPower(
      benchmarkIndexSummary(allLhrs),
      allLhrs[0]?.configSettings.throttling.cpuSlowdownMultiplier ?? 4,
    );
    console.log(cpuPower);
    console.log(memory);
    console.log(`Reports: ${reportDir}`);
    // Every full run is recorded, met or not: the figures are what they are.
    const flags = [DESKTOP && '--desktop', DEVTOOLS && '--devtools', RUNS !== 3 && `--runs ${RUNS}`].filter(
      Boolean,
    );
    const file = writeBenchmarksSection(
      ['lighthouse', DEVTOOLS && 'devtools', DESKTOP && 'desktop'].filter(Boolean).join('-'),
      [
        `## Demo: Lighthouse, ${mode}`,
        '',
        provenance({
          command: ['pnpm lighthouse', ...flags].join(' '),
          extra: `Lighthouse ${LIGHTHOUSE_VERSION}, Chromium ${chromiumVersion}`,
        }),
        '',
        `Production build served by \`apps/demo/server/serve.mjs\` against the seven regional API processes. Goals (issue #10): ${goalsText}.`,
        '',
        `Each page was audited ${RUNS} time${RUNS === 1 ? '' : 's'}; the scores and metrics are those of the median run (Lighthouse's \`computeMedianRun\`: closest to the median FCP and TTI), the last column lists every run's performance score.`,
        '',
        cpuPower,
        '',
        memory,
        '',
        markdownTable(header, table),
      ].join('\n'),
    );
    console.log(`Wrote its section of ${file}`);
    const failed = rows.filter((row) => row.misses.length > 0);
    if (failed.length > 0) {
      console.error(
        `\nlighthouse: ${failed.length} page(s) missed a goal: ${failed.map((row) => row.page.path).join(', ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await chrome?.kill();
    await Promise.all(children.map((child) => child.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
