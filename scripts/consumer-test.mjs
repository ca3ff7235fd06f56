#!/usr/bin/env node
// Proof that what we publish works for a user: pack every publishable package,
// install the tarballs into a fresh Vite + React app outside the workspace,
// type-check and build it, then render it in Chromium and read each package's
// check result. The app gets one check per package that exists
// (scripts/consumer-app/src/checks/<package-folder>.tsx), so it grows with the repo.
// `node scripts/consumer-test.mjs @globalkit/regions` limits it to the named packages.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

import { chromium } from 'playwright-core';

import { chromiumLaunchOptions } from './chromium.mjs';
import { packPackages } from './packPackages.mjs';
import { ROOT, pnpmCommand } from './workspacePackages.mjs';

const work = join(tmpdir(), `globalkit-consumer-${process.pid}`);
const app = join(work, 'app');
const template = join(ROOT, 'scripts/consumer-app');
const rootManifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const dev = rootManifest.devDependencies;

function step(message) {
  console.log(`▸ ${message}`);
}

function sh(command, args, cwd = app) {
  execFileSync(command, args, { cwd, stdio: 'inherit' });
}

try {
  step('packing packages');
  const packed = packPackages(join(work, 'tarballs'), process.argv.slice(2));

  step(`creating a Vite React app in ${app}`);
  mkdirSync(app, { recursive: true });
  cpSync(template, app, { recursive: true, filter: (src) => !src.includes(`${join('src', 'checks')}/`) });
  mkdirSync(join(app, 'src/checks'), { recursive: true });
  const dependencies = {
    react: dev.react,
    'react-dom': dev['react-dom'],
  };
  for (const { dir, tarball } of packed) {
    const check = join(template, 'src/checks', `${basename(dir)}.tsx`);
    if (!existsSync(check)) throw new Error(`No consumer check for ${dir}: add ${check}`);
    cpSync(check, join(app, 'src/checks', basename(check)));
    dependencies[JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name] = `file:${tarball}`;
  }
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'globalkit-consumer-app',
        private: true,
        type: 'module',
        dependencies,
        devDependencies: {
          vite: dev.vite,
          '@vitejs/plugin-react': dev['@vitejs/plugin-react'],
          typescript: dev.typescript,
          '@types/react': dev['@types/react'],
          '@types/react-dom': dev['@types/react-dom'],
        },
      },
      null,
      2,
    ),
  );
  // A standalone project: no workspace above it, its own lockfile. Our packages
  // depend on each other by version; until they are on the registry, every
  // reference resolves to the tarball just packed.
  const overrides = packed.map(({ name, tarball }) => `  '${name}': 'file:${tarball}'`).join('\n');
  writeFileSync(join(app, 'pnpm-workspace.yaml'), `packages: []\noverrides:\n${overrides}\n`);

  step('installing tarballs (pnpm, outside the workspace)');
  const [pnpm, ...prefix] = pnpmCommand();
  sh(pnpm, [...prefix, 'install', '--no-frozen-lockfile', '--prefer-offline', '--reporter=append-only']);

  step('type-checking the consumer app against the published .d.ts');
  sh(join(app, 'node_modules/.bin/tsc'), ['-p', '.']);

  step('building the consumer app with Vite');
  sh(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);

  step('rendering it in Chromium');
  const failures = await renderAndRead(join(app, 'dist'), packed.length);
  if (failures.length) {
    console.error(`✗ consumer test failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`✓ consumer test: ${packed.map((p) => p.name).join(', ')} work from their tarballs`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function renderAndRead(dist, expectedChecks) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const browser = await chromium.launch(chromiumLaunchOptions());
  const failures = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('console', (msg) => msg.type() === 'error' && failures.push(`console error: ${msg.text()}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    // Checks may be asynchronous (e.g. a router's first health check); wait until none is pending.
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-status]').length === n &&
        !document.querySelector('[data-status="pending"]'),
      expectedChecks,
      { timeout: 15_000 },
    );
    const sections = await page.$$eval('[data-status]', (nodes) =>
      nodes.map((n) => ({
        pkg: n.getAttribute('data-package'),
        status: n.getAttribute('data-status'),
        text: n.textContent,
      })),
    );
    for (const s of sections) {
      console.log(`  ${s.status === 'pass' ? '✓' : '✗'} ${s.pkg}`);
      if (s.status !== 'pass') failures.push(`${s.pkg}: ${s.text}`);
    }
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    await browser.close();
    server.close();
  }
  return failures;
}
