// Plain ESM JavaScript (typed with JSDoc): tsdown loads package configs with
// Node's own loader, which cannot import a .ts file from another package.

/**
 * The shared library build: ESM only, `.d.ts` beside each entry, no minification
 * (consumers' bundlers minify; a readable `dist/` makes bug reports useful).
 * Dependencies and peers stay external — tsdown reads them from package.json.
 *
 * @param {Record<string, string>} entry - output name (without extension) → source file, e.g.
 *   `{ index: 'src/index.ts', 'react/index': 'src/react/index.ts' }`.
 * @param {{ neverBundle?: RegExp[] }} [options] - `neverBundle`: more imports to keep as imports,
 *   e.g. the package's own CSS files reached through its package.json `imports`.
 * @returns {import('tsdown').UserConfig}
 */
export function libraryConfig(entry, { neverBundle = [] } = {}) {
  return {
    entry,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    // Keep the JSX runtime and React external even where they are optional peers.
    deps: { neverBundle: [/^react($|\/)/, /^react-dom($|\/)/, ...neverBundle] },
  };
}
