/// <reference types="@testing-library/jest-dom/vitest" />
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import enPricing from '../../../../locales/en-US/pricing.json';
import { createPricingI18n } from './testing';
import { I18nProvider } from '@globalkit/i18n';
import { loadPricingFallback, usePricingStrings } from './usePricingStrings';

function Label() {
  const t = usePricingStrings();
  return <p data-testid="label">{t('tax.included.vat')}</p>;
}

// Order matters: the fallback is module state, loaded once per test file.
describe('usePricingStrings', () => {
  it('inside an I18nProvider, translates there without the bundled en-US copy', () => {
    const i18n = createPricingI18n('de');
    i18n.i18next.addResource('de', 'pricing', 'tax.included.vat', 'inkl. MwSt.');
    render(
      <I18nProvider i18n={i18n}>
        <Label />
      </I18nProvider>,
    );
    expect(screen.getByTestId('label')).toHaveTextContent('inkl. MwSt.');
  });

  it('without one, renders blank (never a raw key) until the lazy en-US strings arrive', async () => {
    render(<Label />);
    expect(screen.getByTestId('label')).toHaveTextContent(/^$/);
    await act(() => loadPricingFallback());
    expect(screen.getByTestId('label')).toHaveTextContent(enPricing.tax.included.vat);
  });

  it('once loaded, renders English on the first pass', () => {
    render(<Label />);
    expect(screen.getByTestId('label')).toHaveTextContent(enPricing.tax.included.vat);
  });
});
