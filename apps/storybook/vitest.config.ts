import { fileURLToPath } from 'node:url';

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { A11yReporter } from './vitest/a11yReporter.ts';
import { baselinePath, diffPath, STORY_TEST_LOCALES } from './vitest/visualPaths.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Every story is a test (@storybook/addon-vitest), once per locale in
 * {@link STORY_TEST_LOCALES}: it must render, its `play` must pass, axe (the
 * a11y addon, `test: 'error'`) must find nothing, and its screenshot must
 * match the committed baseline (`vitest/storyChecks.ts`).
 *
 * Run from the repository root: `pnpm test:storybook`; accept intended
 * visual changes with `pnpm test:storybook:update`.
 */
function project(locale: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({
        configDir: `${here}.storybook`,
        initialGlobals: { locale, viewport: { value: 'visual', isRotated: false } },
      }),
    ],
    test: {
      name: `storybook:${locale}`,
      provide: { storyLocale: locale },
      setupFiles: [`${here}vitest/storyChecks.ts`],
      // All story files of a project share one page instead of a fresh iframe each: re-importing the
      // component graph per file was about half of the stage's time. Safe because the preview's loader
      // resets everything a story depends on (locale, namespaces, fonts, <html lang dir>) before each
      // render, and each screenshot waits for the fonts it draws.
      isolate: false,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: chromiumLaunchOptions({ deterministicRendering: true }) }),
        instances: [{ browser: 'chromium' }],
        expect: {
          toMatchScreenshot: {
            comparatorName: 'pixelmatch',
            // Same machine, same fonts, same Chromium: renders are identical, so
            // the allowance only absorbs anti-aliasing noise, never a moved edge.
            comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 20 },
            resolveScreenshotPath: ({ arg, ext }) => baselinePath(arg, ext),
            resolveDiffPath: ({ arg, ext }) => diffPath(arg, ext),
          },
        },
      },
    },
  };
}

export default defineConfig({
  root: here,
  test: {
    projects: STORY_TEST_LOCALES.map(project),
    reporters: ['default', new A11yReporter(`${here}reports/a11y.json`)],
  },
});
