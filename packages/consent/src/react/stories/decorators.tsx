/** @jsxImportSource @emotion/react */
import { createI18n, I18nProvider } from '@globalkit/i18n';
import type { GlobalkitI18n } from '@globalkit/i18n';
import { GlobalkitProvider } from '@globalkit/ui-rtl';
import type { Decorator } from '@storybook/react-vite';

import arCommon from '../../../../../locales/ar/common.json';
import arConsent from '../../../../../locales/ar/consent.json';
import arUi from '../../../../../locales/ar/ui.json';
import enCommon from '../../../../../locales/en-US/common.json';
import enConsent from '../../../../../locales/en-US/consent.json';
import enUi from '../../../../../locales/en-US/ui.json';
import { ConsentProvider } from '../ConsentProvider/ConsentProvider';

const instances = new Map<string, GlobalkitI18n>();

/** One i18n instance per locale; en-US and ar are preloaded, other locales load through the i18n backend. */
function i18nFor(locale: string): GlobalkitI18n {
  let i18n = instances.get(locale);
  if (!i18n) {
    i18n = createI18n({
      locale,
      resources: {
        'en-US': { common: enCommon, ui: enUi, consent: enConsent },
        ar: { common: arCommon, ui: arUi, consent: arConsent },
      } as never,
      namespaces: ['common', 'ui', 'consent'],
      syncDocument: false,
      storageKey: false,
      cookieName: false,
    });
    instances.set(locale, i18n);
  }
  return i18n;
}

/** In-memory cookie so stories never touch the real one. */
const memoryCookie = () => {
  let value: string | undefined;
  return { read: () => value, write: (_: string, next: string) => void (value = next) };
};

/**
 * I18nProvider + GlobalkitProvider + ConsentProvider. Reads the toolbar
 * globals `locale`, `direction`, `scheme` and `jurisdiction`, and
 * `parameters.consent` (`{ gpc?, healthData? }`).
 */
export const withConsent: Decorator = (Story, context) => {
  const globals = context.globals as {
    locale?: string;
    direction?: string;
    scheme?: string;
    jurisdiction?: string;
  };
  const parameters = context.parameters as {
    consent?: { gpc?: boolean; healthData?: boolean; jurisdiction?: string };
  };
  const locale = globals.locale ?? 'en-US';
  const jurisdiction = parameters.consent?.jurisdiction ?? globals.jurisdiction ?? 'DE';
  const dir = globals.direction === 'ltr' || globals.direction === 'rtl' ? globals.direction : undefined;
  const gpc = parameters.consent?.gpc ?? false;
  const healthData = parameters.consent?.healthData ?? false;
  return (
    <I18nProvider i18n={i18nFor(locale)}>
      <GlobalkitProvider dir={dir} scheme={globals.scheme === 'dark' ? 'dark' : 'light'} loadFonts={false}>
        <ConsentProvider
          key={`${jurisdiction}|${String(gpc)}|${String(healthData)}`}
          jurisdiction={jurisdiction}
          gpc={gpc}
          healthData={healthData}
          cookie={memoryCookie()}
        >
          <div css={{ padding: 16, minHeight: 480 }}>
            <Story />
          </div>
        </ConsentProvider>
      </GlobalkitProvider>
    </I18nProvider>
  );
};
