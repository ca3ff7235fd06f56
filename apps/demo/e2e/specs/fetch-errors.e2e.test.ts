import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { getRegion, jurisdictionFor, type RegionId } from '@globalkit/regions';

import { newVisitor, useBrowser, visitorUrl } from '../support/browser';
import { localeString, templatePattern } from '../support/locales';
import { clearFaults, type Faults, setFaults } from '../support/regions';

interface Visitor {
  readonly country: string;
  readonly browserLocale: string;
  /** The page's locale, whose strings the error state must use. */
  readonly locale: string;
  /** Also run the slow (20 s) timeout case. */
  readonly timeout: boolean;
}

// The German visitor is the spec's; the US one shows the same mechanics in the
// reference locale, so a missing translation cannot hide a broken error state.
const VISITORS: readonly Visitor[] = [
  { country: 'DE', browserLocale: 'de-DE', locale: 'de', timeout: true },
  { country: 'US', browserLocale: 'en-US', locale: 'en-US', timeout: false },
];

for (const visitor of VISITORS) {
  // The visitor's router only uses the home region and its backups, so faulting
  // those leaves the pricing page with nowhere healthy to go.
  const home = getRegion(jurisdictionFor(visitor.country).homeRegion);
  const regions: readonly RegionId[] = [home.id, ...home.backups];
  const t = (namespace: string, key: string): string => localeString(visitor.locale, namespace, key);

  describe(`the pricing page when the regional API misbehaves (${visitor.country} visitor, ${visitor.locale})`, () => {
    const browser = useBrowser();
    let context: BrowserContext;

    beforeEach(async () => {
      context = await newVisitor(browser(), {
        country: visitor.country,
        browserLocale: visitor.browserLocale,
      });
    });
    afterEach(async () => {
      await context.close();
      await Promise.all(regions.map((id) => clearFaults(id)));
    });

    async function fault(faults: Faults): Promise<void> {
      await Promise.all(regions.map((id) => setFaults(id, faults)));
    }

    /** The message each failure kind must show (FetchErrorState's wording), in the page's locale. */
    function message(kind: string): RegExp {
      switch (kind) {
        case 'server':
        case 'rejected':
          return templatePattern(t('common', 'error.server'));
        case 'noRegion':
          return literal(t('demo', 'error.noRegion'));
        default:
          return literal(t('common', `error.${kind}`));
      }
    }

    /**
     * Waits for a `fetch-error` of one of `kinds` (the mechanism), then checks
     * that one is the pricing error with its localized title
     * (`demo:error.pricing`) and localized message.
     */
    async function expectPricingError(page: Page, timeout: number, kinds: readonly string[]): Promise<void> {
      const selector = kinds
        .map((kind) => `[data-testid="fetch-error"][data-error-kind="${kind}"]`)
        .join(', ');
      await page.locator(selector).first().waitFor({ timeout });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(visitor.locale);
      const title = t('demo', 'error.pricing');
      const read = () =>
        page.getByTestId('fetch-error').evaluateAll((els) =>
          els.map((el) => ({
            kind: el.getAttribute('data-error-kind') ?? '',
            text: (el as HTMLElement).innerText,
          })),
        );
      await expect
        .poll(async () => (await read()).some((e) => e.text.includes(title)), {
          timeout: 10_000,
          message: `a pricing error titled "${title}"`,
        })
        .toBe(true);
      for (const error of (await read()).filter((e) => e.text.includes(title))) {
        expect(kinds, `kind of ${JSON.stringify(error)}`).toContain(error.kind);
        expect(error.text, `${visitor.locale} message for ${error.kind}`).toMatch(message(error.kind));
      }
    }

    it('HTTP 500 from every candidate region → the localized error state', async () => {
      await fault({ errorRate: 1, seed: 1 });
      const page = await context.newPage();
      await page.goto(visitorUrl('/pricing', visitor.country));
      await expectPricingError(page, 20_000, ['server', 'noRegion']);
      await expectNotBlank(page);
    });

    if (visitor.timeout) {
      it('a timeout (every candidate answers after 20 s) → a visible loading state, then the localized error state', async () => {
        await fault({ latencyMs: 20_000 });
        const page = await context.newPage();
        await page.goto(visitorUrl('/pricing', visitor.country));
        // Watch what the visitor sees while waiting: something visible every time, never an empty page.
        const seen = { samples: 0, blank: 0, visibleLoading: 0 };
        const deadline = Date.now() + 45_000;
        while ((await page.getByTestId('fetch-error').count()) === 0 && Date.now() < deadline) {
          const state = await page.evaluate(() => ({
            text: document.body.innerText.trim(),
            loading: [...document.querySelectorAll('[data-testid="loading"]')].some(
              (el) => el.getBoundingClientRect().height > 0 && (el as HTMLElement).innerText.trim() !== '',
            ),
          }));
          seen.samples += 1;
          if (state.text === '') seen.blank += 1;
          if (state.loading) seen.visibleLoading += 1;
          await page.waitForTimeout(250);
        }
        // Soft: the waiting experience is checked after the outcome, not instead of it.
        expect
          .soft(seen.blank, `blank page in ${seen.blank} of ${seen.samples} samples (250 ms apart)`)
          .toBe(0);
        expect
          .soft(seen.visibleLoading, 'a visible, labelled loading state while waiting')
          .toBeGreaterThan(0);
        await expectPricingError(page, 45_000, ['timeout', 'noRegion']);
        await expectNotBlank(page);
      });
    }

    // The API has no "malformed body" switch, so the browser gets the broken
    // response from a route handler in front of the real API.
    for (const [name, body] of [
      ['malformed JSON', '{"country":"DE","plans":[{'],
      ['JSON of the wrong shape', '{"country":"DE","plans":"none","currency":42}'],
    ] as const) {
      it(`${name} → the localized error state`, async () => {
        await context.route(/\/api\/pricing(\?|$)/, (route) =>
          route.fulfill({
            status: 200,
            contentType: 'application/json',
            headers: { 'access-control-allow-origin': '*', 'x-region': home.id },
            body,
          }),
        );
        const page = await context.newPage();
        await page.goto(visitorUrl('/pricing', visitor.country));
        await expectPricingError(page, 15_000, ['malformed']);
        await expectNotBlank(page);
      });
    }
  });
}

async function expectNotBlank(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText.trim());
  expect(text.length, 'page has visible text').toBeGreaterThan(40);
  expect(text, 'no stack trace is shown').not.toMatch(/\bat \S+ \(|TypeError|SyntaxError|Unexpected token/);
  expect(await page.locator('header').first().isVisible(), 'the header is still there').toBe(true);
}

function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
