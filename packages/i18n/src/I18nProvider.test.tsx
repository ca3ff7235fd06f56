/// <reference types="@testing-library/jest-dom/vitest" />
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import arCommon from '../../../locales/ar/common.json';
import arRegions from '../../../locales/ar/regions.json';
import enCommon from '../../../locales/en-US/common.json';
import jaCommon from '../../../locales/ja/common.json';
import { createI18n } from './createI18n';
import type { CreateI18nOptions } from './createI18n';
import type { LocaleLoaders } from './createLocaleBackend';
import { I18nProvider } from './I18nProvider';
import { useFormatters, useNumberFormat } from './useFormatters';
import { useLocale } from './useLocale';

/** Loaders that resolve only when the test says so, to observe the loading state. */
function gatedLoaders(data: Record<string, object>) {
  const gates: Array<() => void> = [];
  const loaders: LocaleLoaders = Object.fromEntries(
    Object.entries(data).map(([locale, json]) => [
      locale,
      { common: () => new Promise((resolve) => gates.push(() => resolve({ default: json }))) },
    ]),
  );
  return { loaders, open: () => gates.splice(0).forEach((open) => open()) };
}

function Page() {
  const { t } = useTranslation();
  const { locale, direction, setLocale } = useLocale();
  const format = useFormatters();
  const percent = useNumberFormat({ style: 'percent' });
  return (
    <main dir={direction} lang={locale}>
      <h1>{t('language.label')}</h1>
      <p data-testid="current">{t('language.current', { language: locale })}</p>
      <p data-testid="number">{format.number(1234.5)}</p>
      <p data-testid="percent">{percent.format(0.5)}</p>
      <p data-testid="list">{format.list(['A', 'B'])}</p>
      <button type="button" onClick={() => void setLocale('ja')}>
        ja
      </button>
    </main>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('I18nProvider', () => {
  it('suspends until the first locale is loaded: no raw keys ever render', async () => {
    const { loaders, open } = gatedLoaders({ ar: arCommon });
    const i18n = createI18n({ locale: 'ar', loaders });
    render(
      <Suspense fallback={<p>loading</p>}>
        <I18nProvider i18n={i18n}>
          <Page />
        </I18nProvider>
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(screen.queryByText('language.label')).toBeNull();
    await act(async () => {
      open();
      await i18n.ready;
    });
    expect(await screen.findByRole('heading')).toHaveTextContent(arCommon.language.label);
    expect(screen.getByRole('main')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByTestId('list')).toHaveTextContent('A وB');
  });

  it('shows `fallback` instead of suspending when useSuspense is false', async () => {
    const { loaders, open } = gatedLoaders({ 'en-US': enCommon });
    const i18n = createI18n({ locale: 'en-US', loaders, useSuspense: false });
    render(
      <I18nProvider i18n={i18n} fallback={<p>wait</p>}>
        <Page />
      </I18nProvider>,
    );
    expect(screen.getByText('wait')).toBeInTheDocument();
    await act(async () => {
      open();
      await i18n.ready;
    });
    expect(screen.getByRole('heading')).toHaveTextContent('Language');
  });

  it('switches locale: text, direction, formatting and <html lang dir> flip together', async () => {
    const i18n = createI18n({
      locale: 'ar',
      resources: { ar: { common: arCommon }, ja: { common: jaCommon } },
    });
    render(
      <I18nProvider i18n={i18n}>
        <Page />
      </I18nProvider>,
    );
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await act(async () => {
      screen.getByRole('button').click();
      await i18n.ready;
    });
    expect(await screen.findByText(jaCommon.language.label)).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByTestId('current')).toHaveTextContent(
      jaCommon.language.current.replace('{{language}}', 'ja'),
    );
    expect(screen.getByTestId('number')).toHaveTextContent('1,234.5');
    expect(screen.getByTestId('percent')).toHaveTextContent('50%');
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ja', 'ltr']);
  });

  it('marks missing keys visibly in development', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const i18n = createI18n({
      locale: 'en-US',
      mode: 'development',
      resources: { 'en-US': { common: { language: {} } } },
    });
    function Broken() {
      const { t } = useTranslation();
      return <p>{t('language.label')}</p>;
    }
    render(
      <I18nProvider i18n={i18n}>
        <Broken />
      </I18nProvider>,
    );
    expect(screen.getByText('⟦common:language.label⟧')).toBeInTheDocument();
    expect(console.warn).toHaveBeenCalledOnce();
  });

  it('useLocale outside a provider fails with the fix in the message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Orphan() {
      return <p>{useLocale().locale}</p>;
    }
    expect(() => render(<Orphan />)).toThrow(/I18nProvider/);
  });
});

describe('server-side rendering', () => {
  const serverOptions: CreateI18nOptions = {
    locale: 'ar',
    namespaces: ['common', 'regions'],
    resources: { ar: { common: arCommon, regions: arRegions } },
    syncDocument: false,
  };

  function Status() {
    const { t } = useTranslation('regions');
    const { direction, locale } = useLocale();
    return (
      <section dir={direction} lang={locale}>
        {t('status.healthy')} · {t('healthySummary', { count: 3 })}
      </section>
    );
  }

  it('renders the given locale with preloaded resources: right strings and dir, synchronously', () => {
    const html = renderToString(
      <I18nProvider i18n={createI18n(serverOptions)}>
        <Status />
      </I18nProvider>,
    );
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('lang="ar"');
    expect(html).toContain(arRegions.status.healthy);
    expect(html).toContain(arRegions.healthySummary_few.replace('{{count}}', '3'));
  });
});
