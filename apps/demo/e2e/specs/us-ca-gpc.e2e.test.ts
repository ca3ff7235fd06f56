import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { selectOf, taxInclusiveValues } from '../support/app';
import { newVisitor, openPage, useBrowser, visitorUrl } from '../support/browser';
import { expectFullyTranslated, expectPageTitle, localeString } from '../support/locales';

describe('a California visitor whose browser sends Global Privacy Control', () => {
  const browser = useBrowser();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await newVisitor(browser(), { country: 'US-CA', browserLocale: 'en-US', gpc: true });
  });
  afterAll(async () => {
    await context.close();
  });

  it('has the sale/sharing opt-out honoured and shown', async () => {
    const page = await openPage(context, visitorUrl('/privacy', 'US-CA'));
    expect(
      await page.evaluate(
        () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl,
      ),
    ).toBe(true);

    const gpc = page.getByTestId('gpc-status');
    await expect.poll(() => gpc.getAttribute('data-gpc')).toBe('true');
    expect(await gpc.getAttribute('data-gpc-applies'), 'CPRA gives the signal legal effect').toBe('true');
    expect(await gpc.innerText()).toContain(localeString('en-US', 'demo', 'privacy.gpc.on'));

    // The consent state says so: ConsentBanner/ConsentPreferences show the "honoured" notice under CPRA.
    const honoured = page.getByText(localeString('en-US', 'consent', 'gpc.honoured'), { exact: true });
    await honoured.first().waitFor();
    const banner = page.locator('section[data-framework]');
    expect(await banner.getAttribute('data-framework')).toBe('CPRA');
    // CPRA requires the Do Not Sell or Share link.
    await page
      .getByRole('button', { name: localeString('en-US', 'consent', 'doNotSell.link') })
      .first()
      .waitFor();
  });

  it('sees prices in USD "plus tax"', async () => {
    const page = await openPage(context, visitorUrl('/pricing', 'US-CA'));
    const taxNotes = await taxInclusiveValues(page);
    expect(taxNotes.length).toBeGreaterThan(0);
    expect(
      taxNotes.every((value) => value === 'false'),
      `tax-note[data-tax-inclusive] ${JSON.stringify(taxNotes)}`,
    ).toBe(true);
    for (const text of await page.getByTestId('tax-note').allInnerTexts()) {
      expect(text).toContain(localeString('en-US', 'pricing', 'tax.atCheckout'));
    }
    expect(await selectOf(page, 'currency-selector').inputValue()).toBe('USD');
    const prices = await page.getByTestId('plan-price').allInnerTexts();
    expect(prices.length).toBeGreaterThanOrEqual(3);
    for (const price of prices) expect(price).toMatch(/\$\s?\d/);
    await expectFullyTranslated(page);
    await expectPageTitle(page, 'en-US', 'pricing.title');
  });
});
