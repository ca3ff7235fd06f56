/// <reference types="@testing-library/jest-dom/vitest" />
// Real Chromium: lazy chunks over the network, <html lang dir>, and SSR hydration.
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import arCommon from '../../../locales/ar/common.json';
import arRegions from '../../../locales/ar/regions.json';
import jaCommon from '../../../locales/ja/common.json';
import { createI18n } from './createI18n';
import type { LocaleLoaders } from './createLocaleBackend';
import { localeLoaders } from './generated/localeLoaders';
import { I18nProvider } from './I18nProvider';
import { useLocale } from './useLocale';

/** The generated loaders, logging each locale/namespace actually loaded. */
function counting(): { loaders: LocaleLoaders; loaded: string[] } {
  const loaded: string[] = [];
  const loaders = Object.fromEntries(
    Object.entries(localeLoaders).map(([locale, namespaces]) => [
      locale,
      Object.fromEntries(
        Object.entries(namespaces).map(([namespace, load]) => [
          namespace,
          () => {
            loaded.push(`${locale}/${namespace}`);
            return load();
          },
        ]),
      ),
    ]),
  );
  return { loaders, loaded };
}

/** JSON files of a locale fetched over the network so far. */
const requestsFor = (locale: string) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes(`/locales/${locale}/`) && entry.name.includes('.json')).length;

function Switcher() {
  const { t } = useTranslation();
  const { locale, direction, setLocale } = useLocale();
  return (
    <main dir={direction}>
      <h1>{t('language.label')}</h1>
      <p data-testid="locale">{locale}</p>
      {['ar', 'ja', 'ar-XB'].map((tag) => (
        <button key={tag} type="button" onClick={() => void setLocale(tag)}>
          {tag}
        </button>
      ))}
    </main>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('switching locales in Chromium', () => {
  it('en-US → ar → ja: one chunk each, direction and lang flip, text re-renders', async () => {
    const { loaders, loaded } = counting();
    const i18n = createI18n({ locale: 'en-US', loaders, mode: 'development' });
    render(
      <Suspense fallback={<p>loading</p>}>
        <I18nProvider i18n={i18n}>
          <Switcher />
        </I18nProvider>
      </Suspense>,
    );
    expect(await screen.findByRole('heading')).toHaveTextContent('Language');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'en-US');
    const arBefore = requestsFor('ar');

    await act(async () => {
      screen.getByRole('button', { name: 'ar' }).click();
      await vi.waitFor(() => expect(i18n.locale).toBe('ar'));
    });
    expect(screen.getByRole('heading')).toHaveTextContent(arCommon.language.label);
    expect(screen.getByRole('main')).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(requestsFor('ar') - arBefore).toBeLessThanOrEqual(1); // one request (none if the module was already cached)

    await act(async () => {
      screen.getByRole('button', { name: 'ja' }).click();
      await vi.waitFor(() => expect(i18n.locale).toBe('ja'));
    });
    expect(screen.getByRole('heading')).toHaveTextContent(jaCommon.language.label);
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'ja');

    expect(loaded).toEqual(['en-US/common', 'ar/common', 'ja/common']);
    expect(localStorage.getItem('globalkit.locale')).toBe('ja');

    // Pseudo-locale (development): right-to-left layout from the ar-XB chunk.
    await act(async () => {
      screen.getByRole('button', { name: 'ar-XB' }).click();
      await vi.waitFor(() => expect(i18n.locale).toBe('ar-XB'));
    });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading').textContent).toMatch(/^\u202B.*\u202C$/);
    expect(loaded).toEqual(['en-US/common', 'ar/common', 'ja/common', 'ar-XB/common']);
  });

  it('fetches a never-seen locale chunk over the network exactly once', async () => {
    const i18n = createI18n({ locale: 'ko', mode: 'production' });
    await i18n.ready;
    await i18n.setLocale('he');
    await i18n.setLocale('ko');
    await i18n.setLocale('he');
    expect(requestsFor('he')).toBe(1);
    expect(requestsFor('fa')).toBe(0); // never loaded: never fetched
  });
});

describe('server-side rendering and hydration', () => {
  function Status() {
    const { t } = useTranslation('regions');
    const { direction, locale } = useLocale();
    return (
      <section dir={direction} lang={locale}>
        <h2>{t('status.healthy')}</h2>
        <p>{t('healthySummary', { count: 3 })}</p>
      </section>
    );
  }

  const options = {
    locale: 'ar',
    namespaces: ['common', 'regions'],
    resources: { ar: { common: arCommon, regions: arRegions } },
  } as const;

  it('hydrates the server HTML without a mismatch', async () => {
    const server = createI18n({ ...options, syncDocument: false });
    const html = renderToString(
      <I18nProvider i18n={server}>
        <Status />
      </I18nProvider>,
    );
    expect(html).toContain('dir="rtl"');
    expect(html).toContain(arRegions.status.healthy);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const consoleError = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    const client = createI18n(options);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(
        container,
        <I18nProvider i18n={client}>
          <Status />
        </I18nProvider>,
        { onRecoverableError },
      );
      await client.ready;
    });
    expect(consoleError).not.toHaveBeenCalled();
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.querySelector('section')).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('h2')).toHaveTextContent(arRegions.status.healthy);
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    act(() => root?.unmount());
    container.remove();
  });
});
