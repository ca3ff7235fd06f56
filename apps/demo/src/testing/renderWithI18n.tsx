import { createI18n, I18nProvider } from '@globalkit/i18n';
import { GlobalkitProvider } from '@globalkit/ui-rtl';
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';

import common from '../../../../locales/en-US/common.json';
import pricing from '../../../../locales/en-US/pricing.json';
import ui from '../../../../locales/en-US/ui.json';
import demo from '../../locales/en-US/demo.json';

/** Renders `element` in en-US with the strings preloaded (no lazy loading, no document sync). */
export function renderWithI18n(element: ReactElement): RenderResult {
  const i18n = createI18n({
    locale: 'en-US',
    syncDocument: false,
    mode: 'production',
    namespaces: ['common', 'demo', 'pricing', 'ui'],
    resources: { 'en-US': { common, demo, pricing, ui } },
  });
  return render(
    <I18nProvider i18n={i18n}>
      <GlobalkitProvider loadFonts={false}>{element}</GlobalkitProvider>
    </I18nProvider>,
  );
}
