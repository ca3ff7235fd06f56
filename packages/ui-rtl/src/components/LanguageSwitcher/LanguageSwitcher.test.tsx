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

describe('LanguageSwitcher scrolled list', () => {
  // Rows laid out in a fallback face change height when the web face swaps in; the first scroll alone
  // would leave the current language half hidden at the list's edge.
  it('brings the current language into view again once the list faces have loaded', async () => {
    let fontsLoaded: (loaded: boolean) => void = () => undefined;
    fonts.loadAutonymFonts.mockImplementation(
      () =>
        new Promise<boolean>((resolve) => {
          fontsLoaded = resolve;
        }),
    );
    const scrolled: Element[] = [];
    const scrollIntoView = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (
      this: HTMLElement,
    ) {
      scrolled.push(this);
    });
    try {
      renderWithProviders(<LanguageSwitcher defaultOpen />, { locale: 'ar' });
      const selected = screen.getByRole('option', { selected: true });
      expect(scrolled).toEqual([selected]);
      fontsLoaded(true);
      await vi.waitFor(() => expect(scrolled).toEqual([selected, selected]));
    } finally {
      scrollIntoView.mockRestore();
      fonts.loadAutonymFonts.mockImplementation(() => Promise.resolve(true));
    }
  });
});
