import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { rejectAllIfAsked } from '../support/app';
import { newVisitor, openPage, settle, useBrowser, visitorUrl } from '../support/browser';
import { SCREENSHOTS_DIR } from '../support/paths';

const SHOTS = [
  { file: 'demo-en-US.png', country: 'US', browserLocale: 'en-US', lang: 'en-US' },
  { file: 'demo-ar.png', country: 'AE', browserLocale: 'ar-AE', lang: 'ar' },
] as const;

describe('README screenshots', () => {
  const browser = useBrowser();

  for (const shot of SHOTS) {
    it(`writes docs/screenshots/${shot.file} (pricing, ${shot.lang})`, async () => {
      await mkdir(SCREENSHOTS_DIR, { recursive: true });
      const context = await newVisitor(browser(), {
        country: shot.country,
        browserLocale: shot.browserLocale,
      });
      try {
        const page = await openPage(context, visitorUrl('/pricing', shot.country));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(shot.lang);
        await rejectAllIfAsked(page);
        await page.getByTestId('plan-price').first().waitFor();
        await settle(page);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const path = join(SCREENSHOTS_DIR, shot.file);
        await page.screenshot({ path, fullPage: true, animations: 'disabled' });
        expect((await stat(path)).size).toBeGreaterThan(10_000);
      } finally {
        await context.close();
      }
    });
  }
});
