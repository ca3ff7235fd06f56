// Packs every publishable package with pnpm (so `publishConfig` rewrites the
// workspace `exports` from src/ to dist/) and returns the tarball paths.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { pnpmCommand, publishablePackages } from './workspacePackages.mjs';

/**
 * @param {string} outDir - emptied, then filled with one .tgz per package
 * @param {string[]} [only] - package names to pack; all publishable packages when empty
 * @returns {Array<{ name: string, dir: string, tarball: string }>}
 */
export function packPackages(outDir, only = []) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const selected = publishablePackages().filter(({ name }) => only.length === 0 || only.includes(name));
  if (only.length && selected.length !== only.length) {
    throw new Error(
      `Unknown package in ${only.join(', ')}; publishable: ${publishablePackages()
        .map((p) => p.name)
        .join(', ')}`,
    );
  }
  return selected.map(({ name, dir }) => {
    const before = new Set(readdirSync(outDir));
    const [pnpm, ...prefix] = pnpmCommand();
    execFileSync(pnpm, [...prefix, 'pack', '--pack-destination', outDir], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const created = readdirSync(outDir).find((file) => !before.has(file) && file.endsWith('.tgz'));
    if (!created) throw new Error(`pnpm pack produced no tarball for ${name}`);
    return { name, dir, tarball: join(outDir, created) };
  });
}
