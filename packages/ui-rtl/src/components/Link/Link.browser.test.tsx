/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
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
import { Link } from './Link';

/** The `ui` string a locale's bundle holds (what the user must hear). */
function uiString(locale: string, path: string): string {
  let node: unknown = TEST_RESOURCES[locale]?.['ui'];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`missing ui:${path} in ${locale}`);
  return node;
}

describe.each(['en-US', 'ar'] as const)('Link (%s)', (locale) => {
  it('has no axe violations (inline, external, hover-underline)', async () => {
    const { container } = renderWithProviders(
      <p>
        Read the <Link href="/docs">docs</Link> or the{' '}
        <Link href="https://example.com" external>
          spec
        </Link>
        .{' '}
        <Link href="/home" underline="hover">
          Home
        </Link>
      </p>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('is reachable by Tab and shows the focus ring', async () => {
    renderWithProviders(<Link href="#target">Jump</Link>, { locale });
    await userEvent.tab();
    const link = screen.getByRole('link', { name: 'Jump' });
    expect(link).toHaveFocus();
    const style = getComputedStyle(link);
    expect(style.outlineStyle).toBe('solid');
    expect(style.outlineWidth).toBe('2px');
  });

  it('external: new tab, safe rel, mirrored icon and the translated hidden text', () => {
    renderWithProviders(
      <Link href="https://example.com" external>
        Spec
      </Link>,
      { locale },
    );
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    const icon = mustQuery('[data-icon="externalLink"]');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon.hasAttribute('data-mirrored')).toBe(locale === 'ar');
    const hidden = uiString(locale, 'icon.externalLink');
    // The accessible name includes the warning; the text is hidden only visually.
    expect(screen.getByRole('link', { name: `Spec ${hidden}` })).toBe(link);
    const warning = [...link.querySelectorAll('span')].find((span) => span.textContent?.includes(hidden));
    expect(warning && getComputedStyle(warning).position).toBe('absolute');
    expect(warning?.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('puts the external icon after the text in reading order', () => {
    renderWithProviders(
      <Link href="https://example.com" external>
        Spec
      </Link>,
      { locale },
    );
    const icon = mustQuery('[data-part="icon"]').getBoundingClientRect();
    const label = mustQuery('[data-part="label"]').getBoundingClientRect();
    if (locale === 'ar') expect(icon.right).toBeLessThanOrEqual(label.left + 0.5);
    else expect(icon.left).toBeGreaterThanOrEqual(label.right - 0.5);
  });
});

describe('Link', () => {
  it('is underlined by default; underline="hover" removes it until hover or focus', async () => {
    renderWithProviders(
      <>
        <Link href="/a">Always</Link>{' '}
        <Link href="/b" underline="hover">
          Hover
        </Link>
      </>,
    );
    const always = screen.getByRole('link', { name: 'Always' });
    const hover = screen.getByRole('link', { name: 'Hover' });
    expect(getComputedStyle(always).textDecorationLine).toBe('underline');
    expect(getComputedStyle(hover).textDecorationLine).toBe('none');
    await userEvent.hover(hover);
    expect(getComputedStyle(hover).textDecorationLine).toBe('underline');
  });

  it('merges a caller rel with noopener noreferrer and keeps a caller target', () => {
    renderWithProviders(
      <Link href="https://example.com" external rel="author" target="docs">
        Author
      </Link>,
    );
    const link = screen.getByRole('link');
    expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['author', 'noopener', 'noreferrer']);
    expect(link).toHaveAttribute('target', 'docs');
  });

  it('internal links have no target, rel or icon', () => {
    renderWithProviders(<Link href="/docs">Docs</Link>);
    const link = screen.getByRole('link', { name: 'Docs' });
    expect(link).not.toHaveAttribute('target');
    expect(link).not.toHaveAttribute('rel');
    expect(link.querySelector('svg')).toBeNull();
  });

  it('mirrors geometrically', async () => {
    await expectMirrored(() => (
      <Link href="https://example.com" external>
        External documentation
      </Link>
    ));
  });

  it('forwards ref to the <a>', () => {
    const ref = createRef<HTMLAnchorElement>();
    renderWithProviders(
      <Link ref={ref} href="/x">
        Ref
      </Link>,
    );
    expect(ref.current).toBe(screen.getByRole('link'));
  });

  it('accepts className and css overrides', () => {
    renderWithProviders(
      <Link href="/x" className="custom" css={{ textDecorationLine: 'none', marginInlineStart: 12 }}>
        Styled
      </Link>,
      { locale: 'ar' },
    );
    const link = screen.getByRole('link');
    expect(link).toHaveClass('custom');
    expect(getComputedStyle(link).textDecorationLine).toBe('none');
    expect(getComputedStyle(link).marginRight).toBe('12px');
  });

  it('a dir prop makes an LTR island (icon not mirrored) in an Arabic page', () => {
    renderWithProviders(
      <Link href="https://example.com" external dir="ltr">
        example.com
      </Link>,
      { locale: 'ar' },
    );
    expect(screen.getByRole('link')).toHaveAttribute('dir', 'ltr');
    expect(mustQuery('[data-icon="externalLink"]').hasAttribute('data-mirrored')).toBe(false);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(
      <Link href="https://example.com" external>
        Spec
      </Link>,
    );
  });
});
