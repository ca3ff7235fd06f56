/** @jsxImportSource @emotion/react */
import type { GlobalkitI18n } from '@globalkit/i18n';
import type { Decorator } from '@storybook/react-vite';

import { createTestI18n, TestProviders } from '../testing/renderWithProviders';

const instances = new Map<string, GlobalkitI18n>();

/** One i18n instance per locale (decorators re-run on every render). */
function i18nFor(locale: string): GlobalkitI18n {
  let i18n = instances.get(locale);
  if (!i18n) {
    i18n = createTestI18n(locale);
    instances.set(locale, i18n);
  }
  return i18n;
}

/**
 * Wraps a story in I18nProvider + GlobalkitProvider until the Storybook-wide
 * decorator lands. Reads `parameters.locale`, then the toolbar globals
 * `locale`, `direction` (`auto` | `ltr` | `rtl`) and `scheme`.
 */
export const withGlobalkit: Decorator = (Story, context) => {
  const parameters = context.parameters as { locale?: string };
  const globals = context.globals as { locale?: string; direction?: string; scheme?: string };
  const locale = parameters.locale ?? globals.locale ?? 'en-US';
  const dir = globals.direction === 'ltr' || globals.direction === 'rtl' ? globals.direction : undefined;
  const scheme = globals.scheme === 'dark' ? 'dark' : 'light';
  return (
    <TestProviders i18n={i18nFor(locale)} dir={dir} scheme={scheme}>
      <div css={{ padding: 16 }}>
        <Story />
      </div>
    </TestProviders>
  );
};
