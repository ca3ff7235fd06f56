// Packs every publishable package with pnpm (so `publishConfig` rewrites the
// workspace `exports` from src/ to dist/) and returns the tarball paths.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { publishablePackages } from './workspacePackages.mjs';

/**
 * @param {string} outDir - emptied, then filled with one .tgz per package
 * @returns {Array<{ name: string, dir: string, tarball: string }>}
 */
export function packPackages(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  return publishablePackages().map(({ name, dir }) => {
    const before = new Set(readdirSync(outDir));
    execFileSync('pnpm', ['pack', '--pack-destination', outDir], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const created = readdirSync(outDir).find((file) => !before.has(file) && file.endsWith('.tgz'));
    if (!created) throw new Error(`pnpm pack produced no tarball for ${name}`);
    return { name, dir, tarball: join(outDir, created) };
  });
}
