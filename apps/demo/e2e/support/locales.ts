import { existsSync, readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { join } from 'node:path';

import { DEMO_LOCALES_DIR, LOCALES_DIR } from './paths';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A string from `locales/<locale>/<namespace>.json` (the demo's own `demo`
 * namespace lives in `apps/demo/locales`), the one source of truth for UI
 * text: tests never hard-code a translation.
 */
export function localeString(locale: string, namespace: string, key: string): string {
  const file = join(namespace === 'demo' ? DEMO_LOCALES_DIR : LOCALES_DIR, locale, `${namespace}.json`);
  if (!existsSync(file)) {
    throw new Error(
      `${file} does not exist: there are no "${locale}" strings for the "${namespace}" namespace`,
    );
  }
  let node = JSON.parse(readFileSync(file, 'utf8')) as Json;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(part in node)) {
      throw new Error(`No key "${key}" in ${file}`);
    }
    node = (node as Record<string, Json>)[part] ?? null;
  }
  if (typeof node !== 'string') throw new Error(`"${key}" in ${file} is not a string`);
  return node;
}

/** A regex for an i18next template: `{{placeholders}}` match anything. */
export function templatePattern(template: string): RegExp {
  const escaped = template
    .split(/\{\{\s*[\w.]+\s*\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+?');
  return new RegExp(escaped);
}

/** Matches an accessible name that starts with `text` (labels may carry a required/optional marker). */
export function startsWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/**
 * No untranslated key is rendered: @globalkit/i18n shows a missing string as
 * `⟦namespace:key⟧`, which must never reach a visitor.
 */
export async function expectFullyTranslated(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  const missing = [...new Set(text.match(/⟦[^⟧]*⟧/g) ?? [])];
  expect(missing, `untranslated keys on ${page.url()}`).toEqual([]);
}

/**
 * The page's own `<h1>` is the app's (`demo` namespace) string in `locale`:
 * catches an app that falls back to English for its own texts.
 */
export async function expectPageTitle(page: Page, locale: string, key: string): Promise<void> {
  const expected = localeString(locale, 'demo', key);
  const h1 = await page.getByRole('heading', { level: 1 }).first().innerText();
  expect(h1.trim(), `<h1> in ${locale}`).toBe(expected);
}
