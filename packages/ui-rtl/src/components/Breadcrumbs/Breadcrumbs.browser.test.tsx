/** @jsxImportSource @emotion/react */
import { screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
  TEST_RESOURCES,
} from '../../testing';
import { Breadcrumbs } from './Breadcrumbs';

function uiString(locale: string, path: string): string {
  let node: unknown = TEST_RESOURCES[locale]?.['ui'];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`missing ui:${path} in ${locale}`);
  return node;
}

const ITEMS = [
  { label: 'Home', href: '/' },
  { label: 'Invoices', href: '/invoices' },
  { label: 'INV-2041', href: '/invoices/2041' },
];

describe.each(['en-US', 'ar'] as const)('Breadcrumbs (%s)', (locale) => {
  it('has no axe violations (linked and unlinked current page)', async () => {
    const { container } = renderWithProviders(
      <div>
        <Breadcrumbs items={ITEMS} />
        <Breadcrumbs aria-label="Secondary" items={[{ label: 'Home', href: '/' }, { label: 'Settings' }]} />
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('is a translated nav landmark with an ordered list and the current page marked', () => {
    renderWithProviders(<Breadcrumbs items={ITEMS} />, { locale });
    const nav = screen.getByRole('navigation', { name: uiString(locale, 'breadcrumbs.label') });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual([null, null, 'page']);
  });

  it('keyboard: Tab walks the links in reading order', async () => {
    renderWithProviders(<Breadcrumbs items={ITEMS} />, { locale });
    for (const name of ['Home', 'Invoices', 'INV-2041']) {
      await userEvent.tab();
      expect(screen.getByRole('link', { name })).toHaveFocus();
    }
  });

  it('separators are mirrored chevrons hidden from assistive technology, pointing onward', () => {
    renderWithProviders(<Breadcrumbs items={ITEMS} />, { locale });
    const separators = document.querySelectorAll('[data-part="separator"]');
    expect(separators).toHaveLength(2);
    separators.forEach((separator) => {
      expect(separator).toHaveAttribute('data-icon', 'chevronEnd');
      expect(separator).toHaveAttribute('aria-hidden', 'true');
      expect(separator.hasAttribute('data-mirrored')).toBe(locale === 'ar');
    });
    const home = screen.getByRole('link', { name: 'Home' }).getBoundingClientRect();
    const invoices = screen.getByRole('link', { name: 'Invoices' }).getBoundingClientRect();
    if (locale === 'ar') expect(invoices.right).toBeLessThan(home.left);
    else expect(invoices.left).toBeGreaterThan(home.right);
  });
});

describe('Breadcrumbs', () => {
  it('an item without href is plain text; the last one is still the current page', () => {
    renderWithProviders(
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Section' }, { label: 'Page' }]} />,
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText('Section')).not.toHaveAttribute('aria-current');
    expect(screen.getByText('Page')).toHaveAttribute('aria-current', 'page');
  });

  it('mirrors geometrically', async () => {
    await expectMirrored(() => <Breadcrumbs items={ITEMS} />);
  });

  it('forwards ref to the <nav>', () => {
    const ref = createRef<HTMLElement>();
    renderWithProviders(<Breadcrumbs ref={ref} items={ITEMS} />);
    expect(ref.current).toBe(screen.getByRole('navigation'));
  });

  it('accepts className and css overrides', () => {
    renderWithProviders(<Breadcrumbs className="custom" css={{ paddingInlineStart: 16 }} items={ITEMS} />, {
      locale: 'ar',
    });
    const nav = screen.getByRole('navigation');
    expect(nav).toHaveClass('custom');
    expect(getComputedStyle(nav).paddingRight).toBe('16px');
  });

  it('a dir prop makes an LTR island in an Arabic page', () => {
    renderWithProviders(<Breadcrumbs dir="ltr" items={ITEMS} />, { locale: 'ar' });
    expect(screen.getByRole('navigation')).toHaveAttribute('dir', 'ltr');
    expect(mustQuery('[data-part="separator"]').hasAttribute('data-mirrored')).toBe(false);
    const home = screen.getByRole('link', { name: 'Home' }).getBoundingClientRect();
    const invoices = screen.getByRole('link', { name: 'Invoices' }).getBoundingClientRect();
    expect(invoices.left).toBeGreaterThan(home.right);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(<Breadcrumbs items={ITEMS} />);
  });
});
