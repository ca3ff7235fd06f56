import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, runnerImport } from 'vite';
import type { Plugin } from 'vite';

import type * as RegionUrls from './src/config/regionBaseUrls';
import { NONCE_PLACEHOLDER } from './src/server/serverPolicy.mjs';

/**
 * Writes the API origins next to the build so `server/serve.mjs` can put
 * exactly the origins this bundle talks to in `connect-src` without
 * copying the region table. The table is TypeScript in a workspace
 * package, which Node cannot import from this config directly, so Vite's
 * module runner loads it.
 */
function apiOriginsManifest(regionUrls: string | undefined): Plugin {
  return {
    name: 'globalkit-demo:api-origins',
    apply: 'build',
    async generateBundle() {
      const { module } = await runnerImport<typeof RegionUrls>(
        new URL('./src/config/regionBaseUrls.ts', import.meta.url).pathname,
        { configFile: false, root: import.meta.dirname, logLevel: 'warn' },
      );
      const origins = module.apiOrigins(module.regionBaseUrls(regionUrls));
      this.emitFile({ type: 'asset', fileName: 'api-origins.json', source: `${JSON.stringify(origins)}\n` });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, import.meta.dirname, 'VITE_');
  return {
    plugins: [react(), apiOriginsManifest(env['VITE_REGION_URLS'])],
    // Only the production build gets the placeholder the preview server swaps per request;
    // the dev server sends no CSP.
    ...(command === 'build' ? { html: { cspNonce: NONCE_PLACEHOLDER } } : {}),
    server: { port: 5173, strictPort: true, host: '127.0.0.1' },
    // manifest: scripts/checkBudgets.mjs walks the entry's static import graph from dist/.vite/manifest.json.
    build: { target: 'es2022', sourcemap: true, assetsInlineLimit: 0, manifest: true },
  };
});
