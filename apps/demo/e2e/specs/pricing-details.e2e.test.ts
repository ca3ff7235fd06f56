import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { selectOf } from '../support/app';
import { newVisitor, openPage, useBrowser, visitorUrl } from '../support/browser';
import { regionUrl } from '../support/regions';

interface Pricing {
  currency: string;
  plans: { id: string; interval: 'month' | 'year'; amount: string; currency: string }[];
  paymentMethods: { id: string; type: string }[];
}

/** What the DE visitor's home region answers, straight from the API. */
async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${regionUrl('eu-central-1')}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** "1.234,56 €" → 123456 (minor units): the digits of a formatted EUR/USD amount. */
const minorUnits = (text: string): string => text.replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');

describe('the pricing page for a German visitor', () => {
  const browser = useBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newVisitor(browser(), { country: 'DE', browserLocale: 'de-DE' });
    page = await openPage(context, visitorUrl('/pricing', 'DE'));
    await page.getByTestId('plan-price').first().waitFor();
  });
  afterAll(async () => {
    await context.close();
  });

  it('shows the API’s monthly and yearly price points', async () => {
    const pricing = await api<Pricing>('/api/pricing?country=DE');
    for (const interval of ['month', 'year'] as const) {
      await page.getByTestId('billing-interval').locator(`button[data-interval="${interval}"]`).click();
      await expect.poll(() => page.getByTestId('billing-interval').getAttribute('data-value')).toBe(interval);
      const shown = await page.getByTestId('plan-card').evaluateAll((cards) =>
        cards.map((card) => ({
          plan: card.getAttribute('data-plan'),
          interval: card.getAttribute('data-interval'),
          price: card.querySelector('[data-testid="plan-price"]')?.textContent ?? '',
        })),
      );
      const expected = pricing.plans.filter((p) => p.interval === interval);
      expect(shown.map((s) => s.plan).sort()).toEqual(expected.map((p) => p.id).sort());
      for (const card of shown) {
        expect(card.interval).toBe(interval);
        expect(minorUnits(card.price), `${String(card.plan)} ${interval}`).toBe(
          expected.find((p) => p.id === card.plan)?.amount,
        );
      }
    }
  });

  it('lists exactly the payment methods the API accepts for Germany', async () => {
    const pricing = await api<Pricing>('/api/pricing?country=DE');
    const methods = await page
      .getByTestId('payment-methods')
      .locator('li[data-method]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-method')));
    expect(methods.sort()).toEqual(pricing.paymentMethods.map((m) => m.id).sort());
  });

  it('converts with the API’s rates, names their date and warns that they are stale', async () => {
    const rates = await api<{ asOf: string }>('/api/exchange-rates?base=EUR');
    await page.getByTestId('rates-date').waitFor();
    expect(await page.getByTestId('rates-date').getAttribute('data-as-of')).toBe(rates.asOf);
    // The API's snapshot is from 2025-02-28: always older than the 4-day threshold.
    await page.getByTestId('rates-stale').waitFor();
    const cards = await page.getByTestId('plan-card').count();
    expect(await page.getByTestId('converted-price').count()).toBe(cards);
  });

  it('re-asks the API in another currency chosen in the header', async () => {
    const usd = await api<Pricing>('/api/pricing?country=DE&currency=USD');
    await selectOf(page, 'currency-selector').selectOption('USD');
    await expect
      .poll(async () => (await page.getByTestId('plan-price').allInnerTexts()).every((t) => t.includes('$')))
      .toBe(true);
    const interval = await page.getByTestId('billing-interval').getAttribute('data-value');
    const first = page.getByTestId('plan-card').first();
    const plan = await first.getAttribute('data-plan');
    const point = usd.plans.find((p) => p.id === plan && p.interval === interval);
    expect(minorUnits(await first.getByTestId('plan-price').innerText())).toBe(point?.amount);
  });
});
