import { libraryConfig } from '@globalkit/build';
import { defineConfig } from 'tsdown';

/** `…/locales/de/common.json` → `de/common`, for chunks you can recognise in dist/. */
const LOCALE_FILE = /[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/;

// Locale JSON is reached only through the generated loader map's literal
// import()s, so each locale/namespace file becomes its own lazy chunk:
// dist/locales/<locale>/<namespace>.js. No hash: the path is already unique,
// consumers' bundlers re-hash what they emit, and 96 random hashes in the
// loader map would cost ~0.5 KB gzip of incompressible text.
export default defineConfig({
  ...libraryConfig({ index: 'src/index.ts', 'typed-keys': 'src/typedKeys.ts' }),
  outputOptions: {
    chunkFileNames(chunk) {
      const match = LOCALE_FILE.exec(chunk.facadeModuleId ?? '');
      return match ? `locales/${match[1]}/${match[2]}.js` : '[name]-[hash].js';
    },
  },
});
