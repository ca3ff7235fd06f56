#!/usr/bin/env node
// publint + are-the-types-wrong on the tarball of every publishable package —
// exactly what npm users would download. Run after `pnpm build`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { packPackages } from './packPackages.mjs';

const out = join(tmpdir(), 'globalkit-check-packages');
let failures = 0;

for (const { name, dir, tarball } of packPackages(out)) {
  if (!existsSync(join(dir, 'dist'))) {
    console.error(`✗ ${name}: no dist/ — run \`pnpm build\` first.`);
    failures++;
    continue;
  }
  console.log(`\n▸ ${name}`);
  // --strict: warnings (e.g. a types condition in the wrong order) fail too.
  const publint = spawnSync('publint', ['run', tarball, '--strict', '--level', 'warning'], {
    stdio: 'inherit',
    shell: false,
  });
  // ESM-only by design: the esm-only profile skips CommonJS `require` resolution.
  const attw = spawnSync(
    'attw',
    [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji'],
    {
      stdio: 'inherit',
      shell: false,
    },
  );
  if (publint.status !== 0) failures++;
  if (attw.status !== 0) failures++;
}

if (failures) {
  console.error(`\ncheck:packages — ${failures} problem(s)`);
  process.exit(1);
}
console.log('\ncheck:packages — all packages clean');
