/** @jsxImportSource @emotion/react */
import { createI18n, I18nProvider } from '@globalkit/i18n';
import type { Direction, GlobalkitI18n } from '@globalkit/i18n';
import { render } from '@testing-library/react';
import type { RenderOptions, RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';

import { GlobalkitProvider } from '../direction/GlobalkitProvider';
import type { ColorScheme } from '../theme/theme';
import { TEST_RESOURCES } from './resources';
import type { LocaleBundle } from './resources';

/** Options shared by the test helpers. */
export interface ProviderOptions {
  /** @defaultValue 'en-US' */
  readonly locale?: string | undefined;
  /** Force a direction on the GlobalkitProvider. @defaultValue the locale's */
  readonly dir?: Direction | undefined;
  /** @defaultValue 'light' */
  readonly scheme?: ColorScheme | undefined;
  /** Extra/override strings: `{ [locale]: { [namespace]: json } }`. @defaultValue {@link TEST_RESOURCES} */
  readonly resources?: Readonly<Record<string, LocaleBundle>> | undefined;
}

/** An i18n instance with strings preloaded (renders synchronously, no network, no `<html>` changes). */
export function createTestI18n(locale = 'en-US', resources?: ProviderOptions['resources']): GlobalkitI18n {
  return createI18n({
    locale,
    resources: { ...TEST_RESOURCES, ...resources } as never,
    namespaces: ['common', 'ui'],
    syncDocument: false,
    storageKey: false,
    cookieName: false,
  });
}

/** I18nProvider + GlobalkitProvider, as an app would mount them (fonts not loaded). */
export function TestProviders({
  i18n,
  dir,
  scheme,
  children,
}: {
  readonly i18n: GlobalkitI18n;
  readonly dir?: Direction | undefined;
  readonly scheme?: ColorScheme | undefined;
  readonly children?: ReactNode;
}): ReactNode {
  return (
    <I18nProvider i18n={i18n}>
      <GlobalkitProvider dir={dir} scheme={scheme} loadFonts={false}>
        {children}
      </GlobalkitProvider>
    </I18nProvider>
  );
}

/**
 * Testing Library's `render` inside the providers. Returns its result plus
 * the i18n instance (call `act(() => i18n.setLocale('ar'))` to switch).
 */
export function renderWithProviders(
  ui: ReactElement,
  {
    locale = 'en-US',
    dir,
    scheme,
    resources,
    ...options
  }: ProviderOptions & Omit<RenderOptions, 'wrapper'> = {},
): RenderResult & { i18n: GlobalkitI18n } {
  const i18n = createTestI18n(locale, resources);
  const result = render(ui, {
    ...options,
    wrapper: ({ children }) => (
      <TestProviders i18n={i18n} dir={dir} scheme={scheme}>
        {children}
      </TestProviders>
    ),
  });
  return { ...result, i18n };
}
