import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type * as I18n from '@globalkit/i18n';
import type * as Regions from '@globalkit/regions';
import type * as UiRtl from '@globalkit/ui-rtl';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, runnerImport } from 'vite';
import type { Plugin } from 'vite';

import type * as RegionUrls from './src/config/regionBaseUrls';
import type * as Routes from './src/routing/routes';
import type * as BootRequests from './src/session/bootRequests';
import { localeChunkName } from './src/server/localeChunks.mjs';
import { buildPreloadPlan } from './src/server/preloadPlan.mjs';
import { NONCE_PLACEHOLDER } from './src/server/serverPolicy.mjs';

/** Loads a TypeScript module (ours or a workspace package's source) the way Vite would. */
async function load<T>(id: string): Promise<T> {
  const { module } = await runnerImport<T>(id, {
    configFile: false,
    root: import.meta.dirname,
    logLevel: 'warn',
  });
  return module;
}

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
      const module = await load<typeof RegionUrls>(join(import.meta.dirname, 'src/config/regionBaseUrls.ts'));
      const origins = module.apiOrigins(module.regionBaseUrls(regionUrls));
      this.emitFile({ type: 'asset', fileName: 'api-origins.json', source: `${JSON.stringify(origins)}\n` });
    },
  };
}

/**
 * Writes dist/preloads.json for `server/serve.mjs`: per locale, route and
 * country, what the first render needs (src/server/preloadPlan.mjs). It reads
 * Vite's manifest once the bundle is on disk; the route, font and region
 * tables come from their TypeScript sources, so nothing is copied.
 */
function preloadPlan(regionUrls: string | undefined): Plugin {
  let outDir = '';
  return {
    name: 'globalkit-demo:preload-plan',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    async writeBundle() {
      const [urls, regions, routes, ui, i18n, boot] = await Promise.all([
        load<typeof RegionUrls>(join(import.meta.dirname, 'src/config/regionBaseUrls.ts')),
        load<typeof Regions>('@globalkit/regions'),
        load<typeof Routes>(join(import.meta.dirname, 'src/routing/routes.ts')),
        load<typeof UiRtl>('@globalkit/ui-rtl'),
        load<typeof I18n>('@globalkit/i18n'),
        load<typeof BootRequests>(join(import.meta.dirname, 'src/session/bootRequests.ts')),
      ]);
      const baseUrls = urls.regionBaseUrls(regionUrls);
      const originOf = (region: Regions.RegionId) => new URL(baseUrls[region]).origin;
      const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8'));
      const plan = buildPreloadPlan({
        manifest,
        // RouteOutlet's convention: route `pricing` renders src/views/PricingView.tsx.
        routes: routes.NAV_ROUTES.map(({ id, path }) => ({
          path,
          view: `src/views/${id[0]?.toUpperCase()}${id.slice(1)}View.tsx`,
        })),
        fontStackFor: ui.fontStackFor,
        directionOf: i18n.getDirection,
        countryOrigins: Object.fromEntries(
          regions.COUNTRIES.map(({ code }) => [code, originOf(regions.jurisdictionFor(code).homeRegion)]),
        ),
        defaultOrigin: originOf(regions.PRIMARY_REGION),
        defaultLocale: i18n.DEFAULT_LOCALE,
        // The same paths startSession requests, against the base URL its router tries first (home).
        bootRequests: Object.fromEntries(
          regions.COUNTRIES.map(({ code }) => {
            const base = baseUrls[regions.jurisdictionFor(code).homeRegion];
            const byRoute = routes.NAV_ROUTES.map(({ id, path }) => [
              path,
              boot.bootRequestPaths(code, id).map((apiPath) => `${base}${apiPath}`),
            ]);
            return [code, Object.fromEntries(byRoute)];
          }),
        ),
      });
      await writeFile(join(outDir, 'preloads.json'), `${JSON.stringify(plan)}\n`);
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, import.meta.dirname, 'VITE_');
  return {
    plugins: [react(), apiOriginsManifest(env['VITE_REGION_URLS']), preloadPlan(env['VITE_REGION_URLS'])],
    // Only the production build gets the placeholder the preview server swaps per request;
    // the dev server sends no CSP.
    ...(command === 'build' ? { html: { cspNonce: NONCE_PLACEHOLDER } } : {}),
    server: { port: 5173, strictPort: true, host: '127.0.0.1' },
    // manifest: scripts/checkBudgets.mjs walks the entry's static import graph from dist/.vite/manifest.json.
    build: {
      target: 'es2022',
      sourcemap: true,
      assetsInlineLimit: 0,
      manifest: true,
      rolldownOptions: {
        output: {
          // Fewer, larger requests before the first render (issue #10): the server speaks HTTP/1.1,
          // six connections per host, so eleven small chunks meant queued round trips.
          codeSplitting: {
            groups: [
              // One chunk per locale with all its namespaces (src/server/localeChunks.mjs).
              { name: localeChunkName, debugName: 'locale-<tag>' },
              // The initial load: libraries in one chunk (cached across deploys), our code in the entry.
              { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] },
              { name: 'app', tags: ['$initial'] },
              // What several lazy views share (Card, hooks): one small chunk, not one per module.
              { name: 'shared', minShareCount: 2 },
            ],
          },
        },
      },
    },
  };
});
