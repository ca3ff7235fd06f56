import type { Locator, Page } from 'playwright-core';

import { localeString } from './locales';

/** The ConsentBanner: a `<section>` labelled by its framework's title (a `region` landmark). */
export function consentBanner(page: Page, locale: string, frameworkKey: string): Locator {
  return page.getByRole('region', { name: localeString(locale, 'consent', `banner.title.${frameworkKey}`) });
}

/** The banner's Accept all / Reject all buttons, found by their localized names. */
export function bannerButtons(banner: Locator, locale: string): { accept: Locator; reject: Locator } {
  return {
    accept: banner.getByRole('button', {
      name: localeString(locale, 'consent', 'action.acceptAll'),
      exact: true,
    }),
    reject: banner.getByRole('button', {
      name: localeString(locale, 'consent', 'action.rejectAll'),
      exact: true,
    }),
  };
}

/** Dismisses the first-visit banner, whatever the jurisdiction, by rejecting everything optional. */
export async function rejectAllIfAsked(page: Page): Promise<void> {
  const reject = page.locator('section[data-framework] [data-action="reject-all"]');
  if ((await reject.count()) > 0) {
    await reject.click();
    await reject.waitFor({ state: 'detached' });
  }
}

/** Picks `tag` in the header's LanguageSwitcher (combobox → listbox option) and waits for `<html lang>`. */
export async function switchLanguage(page: Page, tag: string): Promise<void> {
  const switcher = page.getByTestId('language-switcher');
  await switcher.getByRole('combobox').click();
  const option = switcher.getByRole('option').and(page.locator(`[data-value="${tag}"]`));
  await option.click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, tag, { timeout: 10_000 });
}

/** The language's own name as the switcher shows it (CLDR autonym). */
export function autonym(tag: string): string {
  return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no bounding box (not visible)`);
  return box;
}

/** The native `<select>` of a `data-testid` (the element itself, or the one inside its wrapper). */
export function selectOf(page: Page, testId: string): Locator {
  return page.locator(`select[data-testid="${testId}"], [data-testid="${testId}"] select`).first();
}

/** `data-tax-inclusive` of every `tax-note` on the page (one per plan card, or one for the page). */
export async function taxInclusiveValues(page: Page): Promise<(string | null)[]> {
  const notes = page.getByTestId('tax-note');
  await notes.first().waitFor();
  return notes.evaluateAll((els) => els.map((el) => el.getAttribute('data-tax-inclusive')));
}
