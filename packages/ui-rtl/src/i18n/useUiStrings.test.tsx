/** @jsxImportSource @emotion/react */
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../testing/renderWithProviders';
import { loadUiFallback, useUiStrings } from './useUiStrings';

function Probe() {
  const t = useUiStrings();
  return (
    <p>
      {t('spinner.label')} | {t('field.charactersLeft', { count: 3 })} |{' '}
      {t('languageSwitcher.button', { language: 'Deutsch' })}
    </p>
  );
}

const ENGLISH = 'Loading | 3 characters left | Language: Deutsch';

// Order matters: the fallback is module state, loaded once per test file.
describe('useUiStrings', () => {
  it('reads the ui namespace of the active locale, without the lazy en-US fallback', () => {
    renderWithProviders(<Probe />);
    expect(screen.getByText(ENGLISH)).toBeInTheDocument();
  });

  it('switches with the locale', () => {
    renderWithProviders(<Probe />, { locale: 'ar' });
    expect(screen.getByRole('paragraph').textContent).not.toContain('Loading');
  });

  it('without an I18nProvider, renders blank (never a raw key) until the lazy en-US strings arrive', async () => {
    render(<Probe />);
    expect(screen.getByRole('paragraph')).toHaveTextContent(/^\|\s*\|$/);
    expect(screen.getByRole('paragraph').textContent).not.toContain('spinner');
    await act(() => loadUiFallback());
    expect(screen.getByText(ENGLISH)).toBeInTheDocument();
  });

  it('once loaded, falls back to the en-US strings (with plurals and interpolation) on the first pass', () => {
    render(<Probe />);
    expect(screen.getByText(ENGLISH)).toBeInTheDocument();
  });
});
