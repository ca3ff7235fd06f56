import { describe, expect, it } from 'vitest';

import { rejectAllIfAsked } from '../support/app';
import { newVisitor, openPage, useBrowser, visitorUrl } from '../support/browser';
import { localeString } from '../support/locales';

describe('changing a consent decision later (German visitor)', () => {
  const browser = useBrowser();

  it('the privacy page opens exactly one privacy-settings dialog, and it closes', async () => {
    const context = await newVisitor(browser(), { country: 'DE', browserLocale: 'de-DE' });
    try {
      const page = await openPage(context, visitorUrl('/privacy', 'DE'));
      await rejectAllIfAsked(page);
      await page.getByTestId('open-preferences').click();
      const dialogs = page.getByRole('dialog', { name: localeString('de', 'consent', 'preferences.title') });
      await dialogs.first().waitFor();
      // Two modal dialogs stacked on each other trap focus twice and read everything twice.
      expect(await page.getByRole('dialog').count(), 'open dialogs').toBe(1);
      await page.keyboard.press('Escape');
      await dialogs.first().waitFor({ state: 'detached' });
      expect(await page.getByRole('dialog').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
