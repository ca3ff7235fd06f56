import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { switchLanguage } from '../support/app';
import { newVisitor, openPage, settle, useBrowser, visitorUrl, waitForAppReady } from '../support/browser';
import { localeString } from '../support/locales';

const ROUTES = ['/', '/pricing', '/status', '/privacy'] as const;

describe('the served document', () => {
  const browser = useBrowser();

  it('carries a strict Content-Security-Policy and nothing violates it', async () => {
    const context = await newVisitor(browser(), { country: 'DE', browserLocale: 'de-DE' });
    const problems: string[] = [];
    const watch = (page: Page): void => {
      page.on('console', (message: ConsoleMessage) => {
        if (/Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    };
    // securitypolicyviolation events catch what the console might word differently.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
        );
      });
    });
    try {
      const page = await context.newPage();
      watch(page);
      for (const route of ROUTES) {
        const response = await page.goto(visitorUrl(route, 'DE'));
        const csp = response?.headers()['content-security-policy'];
        expect(csp, `CSP header on ${route}`).toBeDefined();
        const directives = new Map(
          (csp ?? '').split(';').map((d) => {
            const [name = '', ...values] = d.trim().split(/\s+/);
            return [name, values] as const;
          }),
        );
        const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
        expect(scriptSrc, 'scripts: no inline, no eval').not.toContain("'unsafe-inline'");
        expect(scriptSrc).not.toContain("'unsafe-eval'");
        expect(directives.get('style-src') ?? [], 'styles by nonce, not unsafe-inline').not.toContain(
          "'unsafe-inline'",
        );
        await waitForAppReady(page);
        await settle(page);
      }
      // Styles injected later (a second emotion cache for RTL, a dialog) must pass the policy too.
      await page.goto(visitorUrl('/', 'DE'));
      await waitForAppReady(page);
      await switchLanguage(page, 'ar');
      await page
        .getByRole('button', { name: localeString('ar', 'consent', 'action.customize'), exact: true })
        .click();
      await page.getByRole('dialog').first().waitFor();
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it("starts in the visitor's likely language and direction, before any script runs, and never shifts", async () => {
    const context = await newVisitor(browser(), { country: 'AE', browserLocale: 'en-US' });
    try {
      const startTag = async (url: string, acceptLanguage: string) => {
        const response = await context.request.get(url, { headers: { 'Accept-Language': acceptLanguage } });
        return /<html[^>]*>/.exec(await response.text())?.[0];
      };
      expect(await startTag(visitorUrl('/pricing', 'AE', { lng: 'ar' }), 'en-US')).toBe(
        '<html lang="ar" dir="rtl">',
      );
      expect(await startTag(visitorUrl('/', 'IR'), 'fa-IR,fa;q=0.9,en;q=0.5')).toBe(
        '<html lang="fa" dir="rtl">',
      );
      expect(await startTag(visitorUrl('/', 'DE'), 'de-DE')).toBe('<html lang="de" dir="ltr">');
      // The app agrees once it has negotiated: no flip after boot.
      const page = await context.newPage();
      await page.addInitScript(() => {
        const shifts: string[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources: { node?: Node | null }[];
          })[]) {
            // Sub-pixel rounding of text reports ~0.0002; a moved block is orders of magnitude more.
            if (entry.value < 0.001) continue;
            const nodes = entry.sources.map((source) => source.node?.nodeName ?? '?').join(', ');
            shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms (${nodes})`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(visitorUrl('/pricing', 'AE', { lng: 'ar' }));
      await waitForAppReady(page);
      expect(await page.evaluate(() => [document.documentElement.lang, document.dir])).toEqual(['ar', 'rtl']);
      // And nothing moves from the first paint (the served placeholder) to the rendered app.
      await settle(page);
      expect(
        await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an unknown route shows the localized not-found view, not a blank or plain-text page', async () => {
    const context = await newVisitor(browser(), { country: 'DE', browserLocale: 'de-DE' });
    try {
      const page = await context.newPage();
      await page.goto(visitorUrl('/no-such-page', 'DE'));
      const view = page.getByTestId('not-found');
      await view.waitFor({ timeout: 15_000 });
      await view.getByRole('heading', { name: localeString('de', 'demo', 'notFound.title') }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      // A way back home, and the header is intact.
      await page.getByRole('link', { name: localeString('de', 'demo', 'notFound.home') }).waitFor();
      expect(await page.locator('header').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('client-side navigation to an unknown path also shows the not-found view', async () => {
    const context = await newVisitor(browser(), { country: 'DE', browserLocale: 'de-DE' });
    try {
      const page = await openPage(context, visitorUrl('/', 'DE'));
      await page.evaluate(() => {
        history.pushState(null, '', '/nirgendwo?country=DE');
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
      const view = page.getByTestId('not-found');
      await view.waitFor({ timeout: 10_000 });
      await view.getByRole('heading', { name: localeString('de', 'demo', 'notFound.title') }).waitFor();
    } finally {
      await context.close();
    }
  });
});
