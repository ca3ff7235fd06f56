import { afterAll, beforeAll, inject } from 'vitest';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';

/** Launches one Chromium for the current spec file and closes it afterwards. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser)
      throw new Error('useBrowser(): the browser is not launched yet (use it inside a test or hook)');
    return browser;
  };
}

export interface VisitorOptions {
  /** `?country=` of the simulated visitor, e.g. `DE`, `US-CA`. */
  readonly country: string;
  /** Browser UI language (`navigator.languages`), as a real visitor from there would have. */
  readonly browserLocale: string;
  /** Global Privacy Control signal on. */
  readonly gpc?: boolean;
  readonly viewport?: { width: number; height: number };
}

/** A fresh context (no cookies, no stored choices) for one simulated visitor. */
export async function newVisitor(browser: Browser, options: VisitorOptions): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: options.browserLocale,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    baseURL: inject('baseUrl'),
  });
  if (options.gpc) {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
    });
  }
  return context;
}

/** `path` with the visitor's `?country=` plus extra query parameters. */
export function visitorUrl(path: string, country: string, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ country, ...extra });
  return `${path}?${query.toString()}`;
}

/** Waits for `<html data-app-ready="true">`: geo, locale and the first route rendered. */
export async function waitForAppReady(page: Page, timeout = 20_000): Promise<void> {
  try {
    await page.waitForSelector('html[data-app-ready="true"]', { state: 'attached', timeout });
  } catch (error) {
    // Say what the visitor saw instead: that is what a failure report needs.
    const seen = await page
      .evaluate(() => ({
        html: [...document.documentElement.attributes].map((a) => `${a.name}="${a.value}"`).join(' '),
        text: document.body.innerText.trim().slice(0, 400),
      }))
      .catch(() => ({ html: '?', text: '?' }));
    throw new Error(
      `${page.url()}: <html data-app-ready="true"> not set within ${timeout} ms. <html ${seen.html}>; visible text: ${JSON.stringify(seen.text)}`,
      { cause: error },
    );
  }
}

/** Opens `path` as the visitor and waits for the app to be ready. */
export async function openPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await waitForAppReady(page);
  return page;
}

export function testId(page: Page, id: string) {
  return page.getByTestId(id);
}

/** `<html lang dir>` as rendered. */
export async function documentLangDir(page: Page): Promise<{ lang: string | null; dir: string | null }> {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));
}

/**
 * Lets late requests (lazy chunks, consent-gated scripts) happen: waits for
 * network idle, but at most `maxMs` — the status page polls regions forever.
 */
export async function settle(page: Page, maxMs = 3_000): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: maxMs }).catch(() => undefined);
}
