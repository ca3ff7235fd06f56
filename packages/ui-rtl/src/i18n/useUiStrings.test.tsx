/** @jsxImportSource @emotion/react */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../testing/renderWithProviders';
import { useUiStrings } from './useUiStrings';

function Probe() {
  const t = useUiStrings();
  return (
    <p>
      {t('spinner.label')} | {t('field.charactersLeft', { count: 3 })} |{' '}
      {t('languageSwitcher.button', { language: 'Deutsch' })}
    </p>
  );
}

describe('useUiStrings', () => {
  it('falls back to the en-US strings (with plurals and interpolation) without an I18nProvider', () => {
    render(<Probe />);
    expect(screen.getByText('Loading | 3 characters left | Language: Deutsch')).toBeInTheDocument();
  });

  it('reads the ui namespace of the active locale', () => {
    renderWithProviders(<Probe />);
    expect(screen.getByText('Loading | 3 characters left | Language: Deutsch')).toBeInTheDocument();
  });

  it('switches with the locale', () => {
    renderWithProviders(<Probe />, { locale: 'ar' });
    expect(screen.getByRole('paragraph').textContent).not.toContain('Loading');
  });
});
