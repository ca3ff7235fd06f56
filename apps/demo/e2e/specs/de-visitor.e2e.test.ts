import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  autonym,
  bannerButtons,
  boxOf,
  consentBanner,
  selectOf,
  switchLanguage,
  taxInclusiveValues,
} from '../support/app';
import {
  documentLangDir,
  newVisitor,
  openPage,
  settle,
  useBrowser,
  visitorUrl,
  waitForAppReady,
} from '../support/browser';
import { expectFullyTranslated, expectPageTitle, localeString } from '../support/locales';

const ROUTES = ['/', '/pricing', '/status', '/privacy'] as const;

describe('a visitor from Germany', () => {
  const browser = useBrowser();
  let context: BrowserContext;
  let analyticsRequests: string[];

  beforeEach(async () => {
    context = await newVisitor(browser(), { country: 'DE', browserLocale: 'de-DE' });
    analyticsRequests = [];
    context.on('request', (request: Request) => {
      if (new URL(request.url()).pathname.endsWith('/analytics.js')) analyticsRequests.push(request.url());
    });
  });
  afterEach(async () => {
    await context.close();
  });

  it('sees German and EUR prices including VAT', async () => {
    const page = await openPage(context, visitorUrl('/pricing', 'DE'));
    expect(await documentLangDir(page)).toEqual({ lang: 'de', dir: 'ltr' });

    const prices = page.getByTestId('plan-card').getByTestId('plan-price');
    await prices.first().waitFor();
    const texts = await prices.allInnerTexts();
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const text of texts) expect(text).toContain('€');
    const taxNotes = await taxInclusiveValues(page);
    expect(taxNotes.length).toBeGreaterThan(0);
    expect(
      taxNotes.every((value) => value === 'true'),
      `tax-note[data-tax-inclusive] ${JSON.stringify(taxNotes)}`,
    ).toBe(true);
    expect(await selectOf(page, 'currency-selector').inputValue()).toBe('EUR');
    await expectFullyTranslated(page);
    await expectPageTitle(page, 'de', 'pricing.title');
  });

  it('gets a GDPR banner whose Accept all and Reject all are equally prominent', async () => {
    const page = await openPage(context, visitorUrl('/', 'DE'));
    const banner = consentBanner(page, 'de', 'gdpr');
    await banner.waitFor();
    expect(await banner.getAttribute('data-framework')).toBe('GDPR');

    const { accept, reject } = bannerButtons(banner, 'de');
    const [a, r] = [await boxOf(accept), await boxOf(reject)];
    expect(Math.abs(a.width - r.width), `widths ${a.width} vs ${r.width}`).toBeLessThanOrEqual(2);
    expect(Math.abs(a.height - r.height), `heights ${a.height} vs ${r.height}`).toBeLessThanOrEqual(2);
    // Same look as well as the same size: neither is styled as the "preferred" choice.
    const look = (el: Element) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.color, style.borderColor, style.fontWeight, style.fontSize];
    };
    expect(await reject.evaluate(look)).toEqual(await accept.evaluate(look));

    // Both fully inside the first screen: no scrolling needed to refuse.
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('no viewport');
    for (const [name, box] of [
      ['Accept all', a],
      ['Reject all', r],
    ] as const) {
      expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(viewport.height);
      expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(viewport.width);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('never loads the analytics script after Reject all, on any route', async () => {
    const page = await openPage(context, visitorUrl('/', 'DE'));
    const banner = consentBanner(page, 'de', 'gdpr');
    await bannerButtons(banner, 'de').reject.click();
    await banner.waitFor({ state: 'detached' });

    for (const route of ROUTES) {
      await page.goto(visitorUrl(route, 'DE'));
      await waitForAppReady(page);
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.dataset['analytics'])).not.toBe('loaded');
    }
    // And through in-app navigation (no reload), via the header's links.
    for (const route of ['/pricing', '/status', '/privacy', '/'] as const) {
      await page
        .locator(`header a[href^="${route === '/' ? '/?' : route}"]`)
        .first()
        .click();
      await page.waitForFunction((path) => location.pathname === path, route);
      await settle(page);
    }
    expect(analyticsRequests).toEqual([]);
    // The decision was stored: no banner asks again.
    expect(await banner.count()).toBe(0);
  });

  it('loads the analytics script only once Accept all is clicked (the gate is real)', async () => {
    const page = await openPage(context, visitorUrl('/', 'DE'));
    await settle(page);
    expect(analyticsRequests, 'analytics requested before any consent').toEqual([]);

    await bannerButtons(consentBanner(page, 'de', 'gdpr'), 'de').accept.click();
    await page.waitForSelector('html[data-analytics="loaded"]', { state: 'attached', timeout: 10_000 });
    expect(analyticsRequests.length).toBeGreaterThanOrEqual(1);
  });

  it('flips the whole page to right-to-left in العربية and back', async () => {
    const page = await openPage(context, visitorUrl('/', 'DE'));
    const ltr = await headerEnds(page);
    expect(ltr.first.x, 'in LTR the first header item is left of the last').toBeLessThan(ltr.last.x);
    const ltrIcons = await visibleIcons(page);

    const arabicOption = page.getByTestId('language-switcher').locator('[role="option"][data-value="ar"]');
    await page.getByTestId('language-switcher').getByRole('combobox').click();
    expect(await arabicOption.innerText()).toContain(autonym('ar'));
    await page.keyboard.press('Escape');
    await switchLanguage(page, 'ar');

    expect(await documentLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    const rtl = await headerEnds(page);
    expect(rtl.first.x, 'in RTL the first header item is right of the last').toBeGreaterThan(rtl.last.x);
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('no viewport');
    expect(rtl.first.x + rtl.first.width, 'first header item at the right edge').toBeGreaterThan(
      viewport.width / 2,
    );

    // ui-rtl marks direction-sensitive icons (arrows, chevrons, send…) with data-mirrored in RTL.
    const mirrored = (await visibleIcons(page)).filter((icon) => icon.mirrored);
    // Soft: a missing icon must not hide how the dialog and the way back behave.
    expect.soft(mirrored.length, 'a direction-sensitive icon is mirrored in RTL').toBeGreaterThan(0);
    for (const icon of mirrored) {
      expect(icon.transform, `${icon.name} is drawn flipped`).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    }
    const directional = new Set(mirrored.map((icon) => icon.name));
    const unflippedBefore = ltrIcons.filter((icon) => directional.has(icon.name));
    expect.soft(unflippedBefore.length, 'the same icons were on the LTR page').toBeGreaterThan(0);
    expect(unflippedBefore.every((icon) => !icon.mirrored && icon.transform === 'none')).toBe(true);

    // A dialog opened now is right-to-left too (portalled content included).
    const banner = consentBanner(page, 'ar', 'gdpr');
    await banner
      .getByRole('button', { name: localeString('ar', 'consent', 'action.customize'), exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: localeString('ar', 'consent', 'preferences.title') });
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // Start-aligned text sits against the dialog's right edge in RTL: measure the title's text, not its block.
    const title = await dialog
      .getByRole('heading')
      .first()
      .evaluate((heading) => {
        const range = document.createRange();
        range.selectNodeContents(heading);
        const text = range.getBoundingClientRect();
        const box = heading.closest('[role="dialog"]')?.getBoundingClientRect();
        return { gapRight: (box?.right ?? 0) - text.right, gapLeft: text.left - (box?.left ?? 0) };
      });
    expect(title.gapRight, `title hugs the right edge (${JSON.stringify(title)})`).toBeLessThan(
      title.gapLeft,
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await switchLanguage(page, 'de');
    expect(await documentLangDir(page)).toEqual({ lang: 'de', dir: 'ltr' });
    const back = await headerEnds(page);
    expect(back.first.x).toBeLessThan(back.last.x);
    expect(Math.abs(back.first.x - ltr.first.x), 'first header item back in place').toBeLessThanOrEqual(2);
    const iconsBack = (await visibleIcons(page)).filter((icon) => directional.has(icon.name));
    expect(iconsBack.length).toBe(unflippedBefore.length);
    expect(iconsBack.every((icon) => !icon.mirrored && icon.transform === 'none')).toBe(true);
  });
});

/** The first and last visible items of the header row (DOM order), as boxes. */
async function headerEnds(page: Page) {
  const items = page.locator('header').first().locator(':scope a, :scope [data-testid], :scope button');
  const boxes = [];
  for (const item of await items.all()) {
    const box = await item.boundingBox();
    if (box && box.width > 0 && box.height > 0 && (await item.isVisible())) boxes.push(box);
  }
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  if (!first || !last || boxes.length < 2) throw new Error('expected at least two visible items in <header>');
  return { first, last };
}

/** Every visible ui-rtl icon with its mirroring state. */
async function visibleIcons(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGElement>('svg[data-icon]')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => ({
        name: el.dataset['icon'] ?? '',
        mirrored: el.hasAttribute('data-mirrored'),
        transform: getComputedStyle(el).transform,
      })),
  );
}
