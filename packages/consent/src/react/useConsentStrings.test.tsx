/** @jsxImportSource @emotion/react */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import enConsent from '../../../../locales/en-US/consent.json';
import { useConsentStrings } from './useConsentStrings';

// No testing/en import here: it preloads the fallback, and this file checks the lazy path.
function Label() {
  const { t } = useConsentStrings();
  return <p data-testid="label">{t('doNotSell.link')}</p>;
}

describe('useConsentStrings without an I18nProvider', () => {
  it('renders empty text (never the raw key) until the lazy en-US fallback arrives', async () => {
    render(<Label />);
    expect(screen.getByTestId('label').textContent).toBe('');
    expect(await screen.findByText(enConsent.doNotSell.link)).toBeTruthy();
  });
});
