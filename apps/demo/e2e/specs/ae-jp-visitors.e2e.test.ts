import { describe, expect, it } from 'vitest';

import { selectOf, taxInclusiveValues } from '../support/app';
import { documentLangDir, newVisitor, openPage, useBrowser, visitorUrl } from '../support/browser';
import { expectFullyTranslated, expectPageTitle } from '../support/locales';
import { regionUrl } from '../support/regions';

interface Pricing {
  currency: string;
  plans: { id: string; interval: string; amount: string }[];
}

async function apiPricing(country: string, region: 'me-south-1' | 'ap-northeast-1'): Promise<Pricing> {
  const response = await fetch(`${regionUrl(region)}/api/pricing?country=${country}`);
  return (await response.json()) as Pricing;
}

describe('visitors from the UAE and Japan', () => {
  const browser = useBrowser();

  it('AE: Arabic, right-to-left, prices in AED', async () => {
    const context = await newVisitor(browser(), { country: 'AE', browserLocale: 'ar-AE' });
    try {
      const page = await openPage(context, visitorUrl('/pricing', 'AE'));
      expect(await documentLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      expect(await selectOf(page, 'currency-selector').inputValue()).toBe('AED');
      expect(new Set(await taxInclusiveValues(page))).toEqual(new Set(['true']));
      const prices = await page.getByTestId('plan-price').allInnerTexts();
      expect(prices.length).toBeGreaterThanOrEqual(3);
      // The dirham sign as CLDR writes it for Arabic (د.إ.‏), or the ISO code.
      for (const price of prices) expect(price).toMatch(/د\.إ|AED/);
      await expectFullyTranslated(page);
      await expectPageTitle(page, 'ar', 'pricing.title');
    } finally {
      await context.close();
    }
  });

  it('JP: Japanese, yen amounts without decimals', async () => {
    const api = await apiPricing('JP', 'ap-northeast-1');
    expect(api.currency).toBe('JPY');
    const context = await newVisitor(browser(), { country: 'JP', browserLocale: 'ja-JP' });
    try {
      const page = await openPage(context, visitorUrl('/pricing', 'JP'));
      expect(await documentLangDir(page)).toEqual({ lang: 'ja', dir: 'ltr' });
      expect(await selectOf(page, 'currency-selector').inputValue()).toBe('JPY');

      const cards = page.getByTestId('plan-card');
      await cards.first().waitFor();
      for (const card of await cards.all()) {
        const plan = await card.getAttribute('data-plan');
        const text = (await card.getByTestId('plan-price').innerText()).trim();
        expect(text, `${plan ?? '?'} price`).toMatch(/[¥￥]/);
        expect(text, `${plan ?? '?'} has no decimals`).not.toMatch(/\d[.,]\d{1,2}(?!\d)/);
        // The digits are one of the API's yen price points for this plan (JPY has no minor unit).
        const digits = text.replace(/[^\d]/g, '');
        const points = api.plans.filter((p) => p.id === plan).map((p) => p.amount);
        expect(points, `${plan ?? '?'} price points`).toContain(digits);
      }
      await expectFullyTranslated(page);
      await expectPageTitle(page, 'ja', 'pricing.title');
    } finally {
      await context.close();
    }
  });
});
