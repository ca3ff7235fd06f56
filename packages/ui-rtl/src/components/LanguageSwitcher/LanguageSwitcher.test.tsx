/** @jsxImportSource @emotion/react */
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type * as FontsModule from '../../fonts/fonts';
import { renderWithProviders } from '../../testing';
import { LanguageSwitcher } from './LanguageSwitcher';

const fonts = vi.hoisted(() => ({ loadAutonymFonts: vi.fn(() => Promise.resolve(true)) }));
vi.mock('../../fonts/fonts', async (importOriginal) => ({
  ...(await importOriginal<typeof FontsModule>()),
  loadAutonymFonts: fonts.loadAutonymFonts,
}));

afterEach(() => {
  fonts.loadAutonymFonts.mockClear();
});

describe('LanguageSwitcher autonym faces', () => {
  // Most visits never open the list: its faces must not cost every page a request.
  it('are not fetched with the page, only at the first sign of intent', () => {
    renderWithProviders(<LanguageSwitcher />, { locale: 'en-US' });
    expect(fonts.loadAutonymFonts).not.toHaveBeenCalled();
    fireEvent.pointerEnter(screen.getByRole('combobox'));
    expect(fonts.loadAutonymFonts).toHaveBeenCalledTimes(1);
    // With the names the list will draw, so the faces are fetched before it opens.
    expect(fonts.loadAutonymFonts.mock.calls[0]).toEqual([expect.stringContaining('日本語')]);
  });

  it.each([
    ['focus', (trigger: HTMLElement) => fireEvent.focus(trigger)],
    ['opening', (trigger: HTMLElement) => fireEvent.click(trigger)],
  ])('are fetched on %s', (_, act) => {
    renderWithProviders(<LanguageSwitcher />, { locale: 'ar' });
    act(screen.getByRole('combobox'));
    expect(fonts.loadAutonymFonts).toHaveBeenCalledWith(expect.stringContaining('עברית'));
  });
});
