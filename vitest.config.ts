import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/**
 * Three projects, one command (`vitest run`):
 * - `node`: framework-free code and servers (`*.test.ts`).
 * - `dom`: React components and hooks in happy-dom (`*.test.tsx`), fast feedback.
 * - `browser`: real headless Chromium (`*.browser.test.tsx`) for layout,
 *   direction, focus and anything a fake DOM cannot be trusted with.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'scripts/**/*.test.mjs',
            'packages/*/scripts/**/*.test.mjs',
            'tooling/*/src/**/*.test.mjs',
          ],
          exclude: ['**/*.browser.test.*', '**/node_modules/**'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['packages/*/src/**/*.test.tsx', 'apps/*/src/**/*.test.tsx'],
          exclude: ['**/*.browser.test.*', '**/node_modules/**'],
          setupFiles: ['./scripts/vitest.setup.ts'],
        },
      },
      {
        plugins: [react()],
        // Scan every browser test's imports before the first run: dependencies
        // discovered mid-run make Vite reload the page with a second copy of
        // React ("invalid hook call") on a cold cache.
        optimizeDeps: {
          entries: ['packages/*/src/**/*.browser.test.tsx', 'apps/*/src/**/*.browser.test.tsx'],
          include: ['react', 'react/jsx-dev-runtime', 'react-dom/client', 'react-dom/server'],
        },
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.tsx', 'apps/*/src/**/*.browser.test.tsx'],
          setupFiles: ['./scripts/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
