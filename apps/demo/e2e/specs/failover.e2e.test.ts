import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  DEFAULT_HEALTH_CHECK,
  getRegion,
  jurisdictionFor,
  REGIONS,
  RESIDENCY_ZONES,
} from '@globalkit/regions';

import { newVisitor, openPage, useBrowser, visitorUrl } from '../support/browser';
import { killRegion, startRegion } from '../support/regions';

const POLL_MS = 500;
const SLACK_MS = 2_000;
/** failureThreshold consecutive failed polls, plus one check timing out, plus slack. */
const FAILOVER_BOUND_MS =
  DEFAULT_HEALTH_CHECK.failureThreshold * POLL_MS + DEFAULT_HEALTH_CHECK.timeoutMs + SLACK_MS;
const EU = new Set<string>(RESIDENCY_ZONES.eu.regions);

interface Sample {
  readonly t: number;
  readonly region: string | null;
}

/**
 * DE is homed in eu-central-1 and FR in eu-west-1 (packages/regions
 * homeRegions.ts), so the two visitors exercise both directions of the EU
 * pair: the home region is SIGKILLed and traffic must move to the other EU
 * region, never out of the zone.
 */
for (const country of ['DE', 'FR'] as const) {
  const { homeRegion, residencyZone } = jurisdictionFor(country);
  const backup = getRegion(homeRegion).backups.find((id) => EU.has(id));

  describe(`failover of a visitor from ${country} when ${homeRegion} dies`, () => {
    const browser = useBrowser();
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await newVisitor(browser(), { country, browserLocale: country === 'DE' ? 'de-DE' : 'fr-FR' });
      page = await openPage(context, visitorUrl('/status', country, { poll: String(POLL_MS) }));
    });
    afterAll(async () => {
      // Whatever happened above, the next spec gets all seven regions.
      await startRegion(homeRegion);
      await context.close();
    });

    it(`moves to ${String(backup)} within the bound, never outside the EU, and back when ${homeRegion} recovers`, async () => {
      expect(residencyZone).toBe('eu');
      if (!backup) throw new Error(`${homeRegion} has no EU backup in the catalog`);
      const serving = page.getByTestId('serving-region');
      await expect.poll(() => serving.getAttribute('data-region'), { timeout: 15_000 }).toBe(homeRegion);
      await expect.poll(() => rowState(page, homeRegion), { timeout: 15_000 }).toBe('up');
      // Every region has a row, in its catalog residency zone.
      const rows = await page
        .getByTestId('region-row')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-region'), tr.getAttribute('data-zone')]),
        );
      expect(Object.fromEntries(rows)).toEqual(
        Object.fromEntries(REGIONS.map((region) => [region.id, region.residencyZone])),
      );

      await startSampling(page);
      const killedAt = await page.evaluate(() => performance.now());
      await killRegion(homeRegion);

      await page.waitForFunction(
        (to) => document.querySelector('[data-testid="serving-region"]')?.getAttribute('data-region') === to,
        backup,
        { timeout: FAILOVER_BOUND_MS + 5_000, polling: 50 },
      );
      const movedAt = await page.evaluate(() => performance.now());
      // Keep watching a few polls after the move: it must stay in the EU.
      await page.waitForTimeout(3 * POLL_MS);
      const samples = await stopSampling(page);

      const elapsed = movedAt - killedAt;
      console.info(
        `failover ${country}: ${homeRegion} → ${backup} in ${Math.round(elapsed)} ms (bound ${FAILOVER_BOUND_MS} ms, ${samples.length} samples)`,
      );
      expect(
        elapsed,
        `failover took ${Math.round(elapsed)} ms (bound ${FAILOVER_BOUND_MS} ms)`,
      ).toBeLessThanOrEqual(FAILOVER_BOUND_MS);
      const outside = samples.filter(
        (sample) => sample.region !== null && sample.region !== '' && !EU.has(sample.region),
      );
      expect(outside, `serving region left the EU (${samples.length} samples)`).toEqual([]);
      expect(samples.length).toBeGreaterThan(10);

      await expect.poll(() => rowState(page, homeRegion), { timeout: 10_000 }).toBe('down');
      const log = page.getByTestId('failover-log');
      await log
        .locator(`li[data-from="${homeRegion}"][data-to="${backup}"]`)
        .first()
        .waitFor({ timeout: 5_000 });
      const targets = await log
        .locator('li[data-to]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-to')));
      expect(
        targets.filter((to) => to !== null && to !== '' && !EU.has(to)),
        'failover log targets',
      ).toEqual([]);

      await startRegion(homeRegion);
      await expect.poll(() => rowState(page, homeRegion), { timeout: 10_000, interval: 100 }).toBe('up');
      // A recovered home region is used again once it passes its checks.
      await expect
        .poll(() => serving.getAttribute('data-region'), { timeout: 10_000, interval: 100 })
        .toBe(homeRegion);
    });
  });
}

function rowState(page: Page, region: string): Promise<string | null> {
  return page.locator(`[data-testid="region-row"][data-region="${region}"]`).getAttribute('data-state');
}

/** Records `serving-region[data-region]` every 50 ms and on every change, in the page. */
async function startSampling(page: Page): Promise<void> {
  await page.evaluate(() => {
    const samples: { t: number; region: string | null }[] = [];
    const read = (): void => {
      const el = document.querySelector('[data-testid="serving-region"]');
      samples.push({ t: performance.now(), region: el?.getAttribute('data-region') ?? null });
    };
    const observer = new MutationObserver(read);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-region'],
    });
    const timer = window.setInterval(read, 50);
    read();
    Object.assign(window, {
      __e2eSampling: { samples, stop: () => (observer.disconnect(), clearInterval(timer)) },
    });
  });
}

async function stopSampling(page: Page): Promise<Sample[]> {
  return page.evaluate(() => {
    const sampling = (window as unknown as { __e2eSampling: { samples: Sample[]; stop: () => void } })
      .__e2eSampling;
    sampling.stop();
    return sampling.samples;
  });
}
