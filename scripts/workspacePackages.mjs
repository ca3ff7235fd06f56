// The publishable packages (packages/* that are not private), in one place.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/**
 * @returns {Array<{ dir: string, name: string, version: string, manifest: Record<string, any> }>}
 */
export function publishablePackages() {
  const base = join(ROOT, 'packages');
  return readdirSync(base)
    .map((entry) => join(base, entry))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { dir, name: manifest.name, version: manifest.version, manifest };
    })
    .filter((pkg) => !pkg.manifest.private)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * How to invoke pnpm from a script: the running pnpm itself when we were
 * started by it (`npx pnpm@… test` puts no `pnpm` on a bare machine's PATH
 * for plain `node`), else whatever `pnpm` is on PATH.
 * @returns {[command: string, ...prefix: string[]]}
 */
export function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    // pnpm ≥ 11 ships as a native executable; older releases as a JS file.
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, execPath] : [execPath];
  }
  return ['pnpm'];
}
