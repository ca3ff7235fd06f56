import { describe, expect, it } from 'vitest';

import { REGION_IDS, RESIDENCY_ZONES } from '@globalkit/regions';

import { rejectAllIfAsked } from '../support/app';
import { newVisitor, openPage, useBrowser, visitorUrl } from '../support/browser';
import { localeString, startsWith } from '../support/locales';
import { countRowsWithId } from '../support/sqlite';

const EU = new Set<string>(RESIDENCY_ZONES.eu.regions);

describe('a privacy request from a German visitor', () => {
  const browser = useBrowser();

  it('is filed through the form and stored only in an EU region database', async () => {
    const context = await newVisitor(browser(), { country: 'DE', browserLocale: 'de-DE' });
    try {
      const page = await openPage(context, visitorUrl('/privacy', 'DE'));
      await rejectAllIfAsked(page);

      const form = page.getByTestId('data-request-form');
      const t = (key: string): string => localeString('de', 'consent', key);
      await form.getByRole('radio', { name: t('request.type.access'), exact: true }).check();
      await form
        .getByRole('textbox', { name: startsWith(t('request.email.label')) })
        .fill('erika.mustermann@example.com');
      await form.getByRole('button', { name: t('request.submit'), exact: true }).click();

      const receipt = page.getByTestId('request-receipt');
      await receipt.waitFor({ timeout: 15_000 });
      const id = await receipt.getAttribute('data-request-id');
      const region = await receipt.getAttribute('data-region');
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      if (!id) throw new Error('request-receipt has no data-request-id');
      // Soft: how the reference is worded must not hide where the request was stored.
      expect.soft(await receipt.innerText(), 'the reference is shown to the user').toContain(id);
      expect(EU.has(region ?? ''), `receipt region ${String(region)} is an EU region`).toBe(true);
      // GDPR Art. 12(3): one calendar month.
      const dueInDays =
        (Date.parse((await receipt.getAttribute('data-due-at')) ?? '') - Date.now()) / 86_400_000;
      expect(dueInDays, 'due date one month out').toBeGreaterThan(27);
      expect(dueInDays).toBeLessThan(32);

      const found = Object.fromEntries(
        REGION_IDS.map((r) => [r, countRowsWithId(r, 'privacy_requests', id)]),
      );
      const holders = Object.entries(found)
        .filter(([, n]) => n > 0)
        .map(([r]) => r);
      expect(holders, `regions whose file holds ${id}: ${JSON.stringify(found)}`).toEqual([region]);
      expect(found[region ?? ''], 'exactly one row').toBe(1);
    } finally {
      await context.close();
    }
  });
});
