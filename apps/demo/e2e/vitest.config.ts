import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

/**
 * End-to-end suite of apps/demo: a production build served by
 * server/serve.mjs, seven real regional-api processes, one headless
 * Chromium. Run from the repository root:
 * `npx vitest run --config apps/demo/e2e/vitest.config.ts`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Vite's default is <root>/node_modules/.vite: keep e2e/ free of generated files.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/e2e', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['specs/**/*.e2e.test.ts'],
    globalSetup: ['./globalSetup.ts'],
    // Real servers and one browser on a 2-core machine: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A failure must be investigated, not retried into green.
    retry: 0,
  },
});
