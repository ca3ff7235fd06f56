/** @jsxImportSource @emotion/react */
import { createI18n, I18nProvider, SUPPORTED_LOCALES } from '@globalkit/i18n';
import { createRef, useState } from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import { GlobalkitProvider } from '../../direction/GlobalkitProvider';
import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
  TEST_RESOURCES,
} from '../../testing';
import { Button } from '../Button/Button';
import { LanguageSwitcher } from './LanguageSwitcher';

const LABEL = { 'en-US': 'Language', ar: 'اللغة' } as const;
const CURRENT = { 'en-US': 'current', ar: 'الحالية' } as const;
const GROUPS = {
  'en-US': ['Suggested for your region', 'All languages'],
  ar: ['لغات مقترحة لمنطقتك', 'جميع اللغات'],
} as const;
/** me-south-1's `languages` in @globalkit/regions. */
const ME_SOUTH_1 = ['ar', 'en-US', 'fa', 'he'] as const;

const AUTONYMS: Readonly<Record<string, string>> = {
  'en-US': 'American English',
  'en-GB': 'British English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  zh: '中文',
  hi: 'हिन्दी',
  ms: 'Melayu',
  ar: 'العربية',
  he: 'עברית',
  fa: 'فارسی',
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Type-ahead words end after 500 ms of silence. */
const endTypeahead = () => pause(600);
const combobox = () => screen.getByRole('combobox');
const activeValue = () => {
  const id = combobox().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.getAttribute('data-value') : null;
};
const optionFor = (tag: string) => mustQuery(`[role="option"][data-value="${tag}"]`);

describe.each(['en-US', 'ar'] as const)('LanguageSwitcher (%s)', (locale) => {
  it('has no axe violations closed and open, full, compact and grouped', async () => {
    const { container } = renderWithProviders(
      <div>
        <LanguageSwitcher />
        <LanguageSwitcher variant="compact" showLabel />
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
    const open = renderWithProviders(<LanguageSwitcher defaultOpen />, { locale });
    await expectNoAxeViolations(open.container);
    const grouped = renderWithProviders(<LanguageSwitcher defaultOpen priorityLocales={ME_SOUTH_1} />, {
      locale,
    });
    await expectNoAxeViolations(grouped.container);
  });

  it('is a labelled select-only combobox showing the current language', () => {
    renderWithProviders(<LanguageSwitcher />, { locale });
    const box = screen.getByRole('combobox', { name: LABEL[locale] });
    expect(box).toHaveAttribute('aria-haspopup', 'listbox');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    const listbox = document.getElementById(box.getAttribute('aria-controls') ?? '');
    expect(listbox).toHaveAttribute('role', 'listbox');
    expect(listbox).not.toBeVisible();
    const value = mustQuery('[data-part="value"]', box);
    expect(value).toHaveTextContent(AUTONYMS[locale] ?? '');
    expect(value).toHaveAttribute('lang', locale);
    expect(value).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
  });

  it('keyboard walk-through: open, move, type-ahead, escape, select, focus stays on the combobox', async () => {
    const { i18n } = renderWithProviders(
      <>
        <LanguageSwitcher />
        <button type="button">after</button>
      </>,
      { locale },
    );
    await userEvent.tab();
    expect(combobox()).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox')).toBeVisible();
    expect(activeValue()).toBe(locale); // opens on the current option
    expect(optionFor(locale)).toHaveAttribute('data-active');

    await userEvent.keyboard('{ArrowDown}');
    expect(activeValue()).toBe(SUPPORTED_LOCALES[SUPPORTED_LOCALES.indexOf(locale) + 1]);
    await userEvent.keyboard('{End}');
    expect(activeValue()).toBe('fa');
    await userEvent.keyboard('{ArrowDown}'); // no wrap
    expect(activeValue()).toBe('fa');
    await userEvent.keyboard('{ArrowUp}');
    expect(activeValue()).toBe('he');
    await userEvent.keyboard('{Home}');
    expect(activeValue()).toBe('en-US');

    // Type-ahead on the names in the UI language and English: "heb" → עברית.
    await userEvent.keyboard('heb');
    expect(activeValue()).toBe('he');
    await endTypeahead();

    await userEvent.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveFocus();
    expect(i18n.locale).toBe(locale); // unchanged

    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(activeValue()).toBe(locale);

    const target = locale === 'en-US' ? 'ar' : 'en-US';
    if (target === 'ar') await userEvent.keyboard('{End}{ArrowUp}{ArrowUp}');
    else await userEvent.keyboard('{Home}');
    expect(activeValue()).toBe(target);
    await userEvent.keyboard('{Enter}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveFocus();
    await waitFor(() => expect(i18n.locale).toBe(target));
    expect(mustQuery('[data-part="value"]')).toHaveTextContent(AUTONYMS[target] ?? '');
  });

  it('type-ahead finds العربية by "a" (English) and by "ع" (its own script), and opens when closed', async () => {
    const onValueChange = vi.fn();
    renderWithProviders(<LanguageSwitcher value="en-US" onValueChange={onValueChange} />, { locale });
    combobox().focus();
    // An Arabic keyboard layout reports key "ع" (Playwright would insert text without a keydown).
    const typeArabic = (key: string) => fireEvent.keyDown(combobox(), { key });
    typeArabic('ع');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(activeValue()).toBe('ar');
    await endTypeahead();
    await userEvent.keyboard('{Home}a');
    // From American English: the next name starting with "a" is Arabic.
    expect(activeValue()).toBe('ar');
    await endTypeahead();
    if (locale === 'ar') {
      // In Arabic UI "ع" also starts العبرية (Hebrew): repeating the letter cycles.
      await userEvent.keyboard('{Home}');
      typeArabic('ع');
      typeArabic('ع');
      expect(activeValue()).toBe('he');
      await endTypeahead();
    }
    await userEvent.keyboard('{Home}q'); // no name starts with q: stays
    expect(activeValue()).toBe('en-US');
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('Space opens and selects; Tab selects, closes and moves focus on (APG)', async () => {
    const onValueChange = vi.fn();
    function Controlled() {
      const [value, setValue] = useState<string>(locale);
      return (
        <>
          <LanguageSwitcher
            value={value}
            onValueChange={(next) => {
              onValueChange(next);
              setValue(next);
            }}
          />
          <button type="button">after</button>
        </>
      );
    }
    const { i18n } = renderWithProviders(<Controlled />, { locale });
    combobox().focus();
    await userEvent.keyboard(' ');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Home}{ArrowDown}');
    await userEvent.keyboard(' ');
    expect(onValueChange).toHaveBeenLastCalledWith('en-GB');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(mustQuery('[data-part="value"]')).toHaveTextContent('British English');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}'); // open on en-GB, move to de
    expect(activeValue()).toBe('de');
    await userEvent.tab();
    expect(onValueChange).toHaveBeenLastCalledWith('de');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    // Controlled: the app's locale is the caller's business.
    expect(i18n.locale).toBe(locale);
  });

  it('lists the fourteen autonyms with lang and dir, the current one selected and checked', async () => {
    renderWithProviders(<LanguageSwitcher />, { locale });
    await userEvent.click(combobox());
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.getAttribute('data-value'))).toEqual([...SUPPORTED_LOCALES]);
    for (const option of options) {
      const tag = option.getAttribute('data-value') ?? '';
      expect(option).toHaveAttribute('lang', tag);
      const name = mustQuery('[data-part="name"]', option);
      expect(name).toHaveTextContent(AUTONYMS[tag] ?? 'missing');
      expect(name).toHaveAttribute('dir', ['ar', 'he', 'fa'].includes(tag) ? 'rtl' : 'ltr');
    }
    const current = optionFor(locale);
    expect(current).toHaveAttribute('aria-selected', 'true');
    expect(current.querySelector('[data-icon="check"]')).not.toBeNull();
    expect(current).toHaveTextContent(CURRENT[locale]);
    // The hidden "current" is in the UI language, not the option's.
    const hint = mustQuery(':scope > span:last-child', current);
    expect(hint).toHaveTextContent(CURRENT[locale]);
    expect(hint).toHaveAttribute('lang', locale);
    const others = options.filter((option) => option !== current);
    expect(others.every((option) => option.getAttribute('aria-selected') === 'false')).toBe(true);
    expect(others.some((option) => option.querySelector('[data-icon="check"]'))).toBe(false);
  });

  it('draws names in other scripts with the bundled autonym faces, never a system font first', async () => {
    renderWithProviders(<LanguageSwitcher />, { locale });
    await userEvent.click(combobox());
    const family = getComputedStyle(mustQuery('[data-part="name"]', optionFor('ja'))).fontFamily;
    const families = family.split(',').map((name) => name.trim().replace(/"/g, ''));
    // The page's own families first (its script's names look like the page), the autonyms before any system font.
    expect(families[0]).toBe(locale === 'ar' ? 'Noto Sans Arabic' : 'Noto Sans');
    const autonyms = families.indexOf('Globalkit Autonyms');
    expect(autonyms).toBeGreaterThan(0);
    expect(families.slice(0, autonyms).every((name) => name.startsWith('Noto Sans'))).toBe(true);
    // Opening declared the faces and fetched the ones the list draws.
    await waitFor(() => {
      const statuses: string[] = [];
      document.fonts.forEach((face) => {
        if (face.family.replace(/["']/g, '') === 'Globalkit Autonyms' && face.unicodeRange.includes('65E5'))
          statuses.push(face.status);
      });
      expect(statuses).toEqual(['loaded']); // 日 of 日本語
    });
  });

  it('puts the region languages first in two labelled groups; arrows cross groups', async () => {
    renderWithProviders(<LanguageSwitcher priorityLocales={ME_SOUTH_1} />, { locale });
    combobox().focus();
    await userEvent.keyboard('{Home}');
    const groups = screen.getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-labelledby'))).toHaveLength(2);
    expect(screen.getByRole('group', { name: GROUPS[locale][0] })).toBeVisible();
    const [region, all] = groups;
    if (!region || !all) throw new Error('two groups expected');
    expect(region).toHaveAccessibleName(GROUPS[locale][0]);
    expect(all).toHaveAccessibleName(GROUPS[locale][1]);
    const tags = (group: HTMLElement) =>
      Array.from(group.querySelectorAll('[role="option"]'), (option) => option.getAttribute('data-value'));
    expect(tags(region)).toEqual([...ME_SOUTH_1]);
    expect(tags(all)).toEqual(SUPPORTED_LOCALES.filter((tag) => !ME_SOUTH_1.includes(tag as never)));
    expect(activeValue()).toBe('ar');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(activeValue()).toBe('en-GB');
  });

  it('the popup lines up with the inline end of the trigger', async () => {
    renderWithProviders(
      // A tall stretching flex row, as in a header: the popup must still open right under the trigger.
      <div css={{ display: 'flex', justifyContent: 'flex-end', inlineSize: 600, minBlockSize: 300 }}>
        <LanguageSwitcher variant="compact" defaultOpen />
      </div>,
      { locale },
    );
    const trigger = combobox().getBoundingClientRect();
    const popup = screen.getByRole('listbox').getBoundingClientRect();
    expect(popup.width).toBeGreaterThan(trigger.width);
    expect(popup.top).toBeGreaterThanOrEqual(trigger.bottom);
    expect(popup.top - trigger.bottom).toBeLessThan(12);
    if (locale === 'ar') expect(popup.left).toBeCloseTo(trigger.left, 0);
    else expect(popup.right).toBeCloseTo(trigger.right, 0);
  });

  it('compact: globe + short code, named with the full autonym', () => {
    renderWithProviders(<LanguageSwitcher variant="compact" />, { locale });
    const box = combobox();
    expect(box).toHaveAccessibleName(`${LABEL[locale]}: ${AUTONYMS[locale] ?? ''}`);
    expect(mustQuery('[data-part="code"]', box)).toHaveTextContent(locale.toUpperCase());
    expect(box.querySelector('[data-icon="globe"]')).toHaveAttribute('aria-hidden', 'true');
    expect(box.closest('[data-variant]')).toHaveAttribute('data-variant', 'compact');
  });
});

describe('LanguageSwitcher', () => {
  const STORAGE_KEY = 'globalkit.locale.language-switcher-test';
  afterEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    document.documentElement.removeAttribute('dir');
    document.documentElement.removeAttribute('lang');
  });

  const createAppI18n = (locale?: string) =>
    createI18n({
      ...(locale === undefined ? {} : { locale }),
      resources: TEST_RESOURCES as never,
      namespaces: ['common', 'ui'],
      syncDocument: true,
      storageKey: STORAGE_KEY,
      cookieName: false,
    });

  it('en-US → ar calls setLocale, flips <html dir> and every mounted component; the choice survives a reload', async () => {
    const i18n = createAppI18n('en-US');
    const setLocale = vi.spyOn(i18n, 'setLocale');
    const app = (instance: typeof i18n) => (
      <I18nProvider i18n={instance}>
        <GlobalkitProvider loadFonts={false}>
          <LanguageSwitcher />
          <Button>Save</Button>
        </GlobalkitProvider>
      </I18nProvider>
    );
    const { unmount } = render(app(i18n));
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('button', { name: 'Save' }).className).toMatch(/gk-ltr/);

    await userEvent.click(screen.getByRole('combobox', { name: 'Language' }));
    await userEvent.click(screen.getByRole('option', { name: /العربية/ }));

    expect(setLocale).toHaveBeenCalledWith('ar');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' }).className).toMatch(/gk-rtl/));
    expect(screen.getByRole('button', { name: 'Save' }).className).not.toMatch(/gk-ltr/);
    const box = screen.getByRole('combobox', { name: 'اللغة' });
    expect(box).toHaveFocus();
    expect(box.className).toMatch(/gk-rtl/);
    expect(mustQuery('[data-part="value"]', box)).toHaveTextContent('العربية');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('ar');

    // "Reload": a new instance negotiates from storage.
    unmount();
    document.documentElement.removeAttribute('dir');
    const reloaded = createAppI18n();
    expect(reloaded.locale).toBe('ar');
    render(app(reloaded));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(mustQuery('[data-part="value"]')).toHaveTextContent('العربية');
    expect(screen.getByRole('button', { name: 'Save' }).className).toMatch(/gk-rtl/);
  });

  it('mirrors geometrically (closed full and compact, open)', async () => {
    await expectMirrored(() => <LanguageSwitcher />);
    await expectMirrored(() => <LanguageSwitcher variant="compact" />);
    await expectMirrored(
      () => <LanguageSwitcher variant="compact" defaultOpen priorityLocales={ME_SOUTH_1} />,
      {
        locale: 'ar',
      },
    );
  });

  it('has no axe violations open in an LTR island inside Arabic', async () => {
    const { container } = renderWithProviders(<LanguageSwitcher dir="ltr" defaultOpen />, { locale: 'ar' });
    await expectNoAxeViolations(container);
  });

  it('has no axe violations open in the dark scheme, grouped, in Arabic', async () => {
    const { container } = renderWithProviders(
      <LanguageSwitcher defaultOpen variant="compact" priorityLocales={ME_SOUTH_1} />,
      { locale: 'ar', scheme: 'dark' },
    );
    await expectNoAxeViolations(container);
  });

  it('forwards ref to the combobox element', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(<LanguageSwitcher ref={ref} />);
    expect(ref.current).toBe(combobox());
  });

  it('accepts className, css and data attributes on the root (css wins)', () => {
    renderWithProviders(
      <LanguageSwitcher className="custom" data-testid="root" css={{ marginInlineStart: 24 }} />,
      { locale: 'ar' },
    );
    const root = screen.getByTestId('root');
    expect(root).toHaveClass('custom');
    expect(root).toContainElement(combobox());
    expect(getComputedStyle(root).marginRight).toBe('24px'); // inline start is right in RTL
  });

  it('a dir prop overrides the provider', () => {
    renderWithProviders(<LanguageSwitcher dir="ltr" data-testid="island" />, { locale: 'ar' });
    expect(screen.getByTestId('island')).toHaveAttribute('dir', 'ltr');
  });

  it('controlled open and value: reports changes, renders what it is given', async () => {
    const onOpenChange = vi.fn();
    const onValueChange = vi.fn();
    const { rerender } = renderWithProviders(
      <LanguageSwitcher open={false} onOpenChange={onOpenChange} value="de" onValueChange={onValueChange} />,
    );
    await userEvent.click(combobox());
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    rerender(<LanguageSwitcher open onOpenChange={onOpenChange} value="de" onValueChange={onValueChange} />);
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(activeValue()).toBe('de');
    await userEvent.click(optionFor('fr'));
    expect(onValueChange).toHaveBeenCalledWith('fr');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(mustQuery('[data-part="value"]')).toHaveTextContent('Deutsch');
  });

  it('works without an I18nProvider (uncontrolled defaultValue) and by pointer', async () => {
    render(
      <>
        <LanguageSwitcher defaultValue="fr" />
        <p>outside</p>
      </>,
    );
    expect(mustQuery('[data-part="value"]')).toHaveTextContent('Français');
    await userEvent.click(combobox());
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByText('outside'));
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(combobox());
    await userEvent.click(optionFor('ja'));
    expect(combobox()).toHaveFocus();
    expect(mustQuery('[data-part="value"]')).toHaveTextContent('日本語');
  });

  it('disabled: not focusable, does not open', async () => {
    renderWithProviders(<LanguageSwitcher disabled />);
    expect(combobox()).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(combobox());
    fireEvent.keyDown(combobox(), { key: 'ArrowDown' });
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.tab();
    expect(combobox()).not.toHaveFocus();
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(<LanguageSwitcher />);
    await expectSsrHydrates(<LanguageSwitcher variant="compact" />);
    await expectSsrHydrates(<LanguageSwitcher defaultOpen priorityLocales={ME_SOUTH_1} />);
  });
});
