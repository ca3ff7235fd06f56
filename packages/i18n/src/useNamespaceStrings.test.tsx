/// <reference types="@testing-library/jest-dom/vitest" />
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createI18n } from './createI18n';
import type { LocaleLoaders } from './createLocaleBackend';
import { I18nProvider } from './I18nProvider';
import { useNamespaceStrings } from './useNamespaceStrings';

const reference = { greeting: 'Hello', farewell: 'Goodbye' };

/** An en-US `demo` namespace that resolves only when the test opens it, like a slow network. */
function delayedEnglish(de: LocaleLoaders[string]) {
  let open!: () => void;
  const arrived = new Promise<void>((resolve) => (open = resolve));
  const loaders: LocaleLoaders = {
    'en-US': { demo: () => arrived.then(() => ({ default: reference })) },
    de,
  };
  return { loaders, open };
}

function Strings() {
  const t = useNamespaceStrings('demo', reference);
  return (
    <p>
      <span data-testid="greeting">{t('greeting')}</span>|<span data-testid="farewell">{t('farewell')}</span>
    </p>
  );
}

function renderIn(loaders: LocaleLoaders) {
  const i18n = createI18n({
    locale: 'de',
    mode: 'production',
    loaders,
    resources: { de: { common: {} } },
    syncDocument: false,
  });
  render(
    <I18nProvider i18n={i18n}>
      <Strings />
    </I18nProvider>,
  );
}

/** Lets pending loader promises and the re-render they cause run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

// setLocale persists the choice; no test may inherit another's.
afterEach(() => {
  localStorage.clear();
  document.cookie = 'globalkit_locale=; Max-Age=0; Path=/';
});

describe('useNamespaceStrings', () => {
  it('re-renders when the en-US fallback of a key missing from the locale arrives (production)', async () => {
    const { loaders, open } = delayedEnglish({ demo: async () => ({ default: { greeting: 'Hallo' } }) });
    renderIn(loaders);
    await settle();
    expect(screen.getByTestId('greeting')).toHaveTextContent('Hallo');
    // en-US was requested for the missing key but has not arrived: blank, never a raw key.
    expect(screen.getByTestId('farewell')).toHaveTextContent(/^$/);
    open();
    await settle();
    expect(screen.getByTestId('farewell')).toHaveTextContent('Goodbye');
    expect(screen.getByTestId('greeting')).toHaveTextContent('Hallo');
  });

  it('re-renders with the en-US strings when the locale’s namespace fails to load (production)', async () => {
    const { loaders, open } = delayedEnglish({ demo: () => Promise.reject(new Error('offline')) });
    renderIn(loaders);
    await settle();
    open();
    await settle();
    expect(screen.getByTestId('greeting')).toHaveTextContent('Hello');
    expect(screen.getByTestId('farewell')).toHaveTextContent('Goodbye');
  });

  it('asks i18next for a namespace once however many components use it, and still loads it for a new locale', async () => {
    const loads: string[] = [];
    const demo = (locale: string, greeting: string) => async () => {
      loads.push(locale);
      return { default: { greeting, farewell: greeting } };
    };
    const i18n = createI18n({
      locale: 'de',
      mode: 'production',
      loaders: { de: { demo: demo('de', 'Hallo') }, fr: { demo: demo('fr', 'Bonjour') } },
      resources: { de: { common: {} } },
      syncDocument: false,
    });
    // Each request costs i18next bookkeeping even when the namespace is loaded: a page mounts dozens.
    const requests = vi.spyOn(i18n.i18next, 'loadNamespaces');
    const greetings = () => screen.getAllByTestId('greeting').map((element) => element.textContent);
    render(
      <I18nProvider i18n={i18n}>
        {Array.from({ length: 12 }, (_, index) => (
          <Strings key={index} />
        ))}
      </I18nProvider>,
    );
    await settle();
    expect(greetings()).toEqual(Array(12).fill('Hallo'));
    expect(requests.mock.calls.filter(([names]) => names === 'demo')).toHaveLength(1);

    await act(() => i18n.setLocale('fr'));
    await settle();
    expect(greetings()).toEqual(Array(12).fill('Bonjour'));
    expect(loads).toEqual(['de', 'fr']);
  });

  it('returns the reference strings without an I18nProvider', () => {
    render(<Strings />);
    expect(screen.getByTestId('greeting')).toHaveTextContent('Hello');
  });
});
