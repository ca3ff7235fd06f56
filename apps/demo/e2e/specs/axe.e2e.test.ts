import { describe, expect, it } from 'vitest';

import { describeViolations, runAxe } from '../support/axe';
import { newVisitor, openPage, settle, useBrowser, visitorUrl } from '../support/browser';

const ROUTES = ['/', '/pricing', '/status', '/privacy'] as const;
const VISITORS = [
  { locale: 'en-US', country: 'US', browserLocale: 'en-US', dir: 'ltr' },
  { locale: 'ar', country: 'AE', browserLocale: 'ar-AE', dir: 'rtl' },
] as const;

describe('accessibility (axe-core, WCAG 2.x rules)', () => {
  const browser = useBrowser();

  for (const visitor of VISITORS) {
    it(`every route in ${visitor.locale} (${visitor.dir}) has no serious or critical violations`, async () => {
      // One context per locale: the consent banner stays up, so it is checked on every route too.
      const context = await newVisitor(browser(), {
        country: visitor.country,
        browserLocale: visitor.browserLocale,
      });
      const failures: string[] = [];
      try {
        for (const route of ROUTES) {
          const page = await openPage(context, visitorUrl(route, visitor.country));
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(visitor.locale);
          await settle(page);
          const report = await runAxe(page);
          expect(report.passedRules, `axe checked ${route}`).toBeGreaterThan(10);
          console.info(
            `axe ${visitor.locale} ${route}: ${report.blocking.length} serious/critical, ` +
              `${report.moderateCount} moderate, ${report.minorCount} minor (${report.passedRules} rules passed)`,
          );
          if (report.blocking.length > 0) failures.push(`${route}:\n${describeViolations(report.blocking)}`);
          await page.close();
        }
      } finally {
        await context.close();
      }
      expect(
        failures,
        `serious/critical axe violations in ${visitor.locale}:\n${failures.join('\n\n')}`,
      ).toEqual([]);
    });
  }
});
