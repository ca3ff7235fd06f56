// What a user of @globalkit/consent relies on: the jurisdiction picks the law,
// a corrupt cookie means "no consent", and rejecting keeps gated scripts out.
import { createConsentStore, parseConsentCookie, policyFor } from '@globalkit/consent';
import { toConsentMode } from '@globalkit/consent/google-consent-mode';
import { ConsentBanner, ConsentGate, ConsentProvider } from '@globalkit/consent/react';
import { I18nProvider, createI18n } from '@globalkit/i18n';
import { GlobalkitProvider } from '@globalkit/ui-rtl';
import { Suspense, useLayoutEffect, useRef, useState } from 'react';

import { Result } from '../Result';

const i18n = createI18n({
  locale: 'en-US',
  namespaces: ['common', 'ui', 'consent'],
  mode: 'production',
  storageKey: false,
  cookieName: false,
  syncDocument: false,
});

// An in-memory cookie jar: the consumer page must not leave cookies behind.
let jar: string | undefined;
const store = createConsentStore({
  jurisdiction: 'DE',
  gpc: false,
  cookie: { read: () => jar, write: (_cookie, value) => void (jar = value) },
});

function Status() {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState<{ buttons: number; gated: boolean } | null>(null);
  useLayoutEffect(() => {
    setSeen({
      buttons: ref.current?.querySelectorAll('button').length ?? 0,
      gated: Boolean(ref.current?.querySelector('[data-testid="gated"]')),
    });
  }, []);
  const ca = policyFor('US-CA');
  return (
    <div ref={ref}>
      <ConsentBanner />
      <ConsentGate category="analytics">
        <span data-testid="gated">analytics on</span>
      </ConsentGate>
      <Result
        pkg="@globalkit/consent"
        pending={seen === null}
        expectations={[
          {
            label: 'DE is GDPR opt-in',
            actual: [policyFor('DE').framework, policyFor('DE').model],
            expected: ['GDPR', 'opt-in'],
          },
          {
            label: 'US-CA is CPRA opt-out honouring GPC',
            actual: [ca.framework, ca.model, ca.honourGpc],
            expected: ['CPRA', 'opt-out', true],
          },
          { label: 'corrupt cookie is no consent', actual: parseConsentCookie('%E0%A4%A'), expected: null },
          {
            label: 'nothing granted before a decision',
            actual: toConsentMode(store.getState()).analytics_storage,
            expected: 'denied',
          },
          { label: 'gated content hidden before consent', actual: seen?.gated, expected: false },
          { label: 'banner offers choices', actual: (seen?.buttons ?? 0) >= 2, expected: true },
        ]}
      />
    </div>
  );
}

export function Check() {
  return (
    <Suspense fallback={<p>loading translations</p>}>
      <I18nProvider i18n={i18n}>
        <GlobalkitProvider loadFonts={false}>
          <ConsentProvider store={store}>
            <Status />
          </ConsentProvider>
        </GlobalkitProvider>
      </I18nProvider>
    </Suspense>
  );
}
