import type { UserConfig } from 'tsdown';

/**
 * The shared library build: ESM only, `.d.ts` beside each entry, no minification
 * (consumers' bundlers minify; readable `dist/` makes bug reports useful).
 * Dependencies and peers stay external — tsdown reads them from package.json.
 *
 * @param entry - output name (without extension) → source file, e.g.
 *   `{ index: 'src/index.ts', 'react/index': 'src/react/index.ts' }`.
 */
export function libraryConfig(entry: Record<string, string>): UserConfig {
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
    external: [/^react($|\/)/, /^react-dom($|\/)/],
  };
}
