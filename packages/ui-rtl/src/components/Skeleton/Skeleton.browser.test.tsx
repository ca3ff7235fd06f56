/** @jsxImportSource @emotion/react */
/// <reference types="@vitest/browser-playwright" />
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  renderWithProviders,
  TEST_RESOURCES,
} from '../../testing';
import { Skeleton } from './Skeleton';

function uiString(locale: string, path: string): string {
  let node: unknown = TEST_RESOURCES[locale]?.['ui'];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`missing ui:${path} in ${locale}`);
  return node;
}

async function emulateReducedMotion(reduce: boolean): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }],
  });
}

describe.each(['en-US', 'ar'] as const)('Skeleton (%s)', (locale) => {
  it('has no axe violations in every shape', async () => {
    const { container } = renderWithProviders(
      <div>
        <Skeleton lines={3} />
        <Skeleton shape="rect" height={80} />
        <Skeleton shape="circle" width={40} />
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('is busy, announces the translated label and hides the shapes', () => {
    renderWithProviders(<Skeleton lines={2} data-testid="skeleton" />, { locale });
    const skeleton = screen.getByTestId('skeleton');
    expect(skeleton).toHaveAttribute('aria-busy', 'true');
    expect(skeleton).toHaveTextContent(uiString(locale, 'skeleton.label'));
    const bones = skeleton.querySelectorAll('[data-part="bone"]');
    expect(bones).toHaveLength(2);
    bones.forEach((bone) => expect(bone).toHaveAttribute('aria-hidden', 'true'));
  });

  it('the short last line ends at the inline start side', () => {
    renderWithProviders(<Skeleton lines={2} data-testid="skeleton" />, { locale });
    const root = screen.getByTestId('skeleton').getBoundingClientRect();
    const last = screen.getByTestId('skeleton').querySelectorAll('[data-part="bone"]')[1];
    const box = last?.getBoundingClientRect();
    expect(box?.width).toBeCloseTo(root.width * 0.6, 0);
    if (locale === 'ar') expect(box?.right).toBeCloseTo(root.right, 0);
    else expect(box?.left).toBeCloseTo(root.left, 0);
  });
});

describe('Skeleton', () => {
  it('shimmers only without prefers-reduced-motion', async () => {
    try {
      await emulateReducedMotion(false);
      renderWithProviders(<Skeleton shape="rect" data-testid="skeleton" />);
      const bone = screen.getByTestId('skeleton').querySelector('[data-part="bone"]');
      if (!bone) throw new Error('no bone');
      expect(getComputedStyle(bone, '::after').animationName).not.toBe('none');
      await emulateReducedMotion(true);
      expect(getComputedStyle(bone, '::after').animationName).toBe('none');
      expect(getComputedStyle(bone, '::after').content).toBe('none');
    } finally {
      await emulateReducedMotion(false);
    }
  });

  it('sizes the shapes', () => {
    renderWithProviders(
      <div style={{ width: 300 }}>
        <Skeleton shape="circle" width={40} data-testid="circle" />
        <Skeleton shape="rect" width="50%" height={20} data-testid="rect" />
      </div>,
    );
    const circle = screen.getByTestId('circle').querySelector('[data-part="bone"]');
    const rect = screen.getByTestId('rect').querySelector('[data-part="bone"]');
    expect(circle?.getBoundingClientRect().width).toBe(40);
    expect(circle?.getBoundingClientRect().height).toBe(40);
    expect(circle && getComputedStyle(circle).borderTopLeftRadius).toBe('50%');
    expect(rect?.getBoundingClientRect().width).toBe(150);
    expect(rect?.getBoundingClientRect().height).toBe(20);
    expect(screen.getByTestId('rect')).toHaveAttribute('data-shape', 'rect');
  });

  it('a label prop replaces the default text', () => {
    renderWithProviders(<Skeleton label="Loading invoices" data-testid="skeleton" />);
    expect(screen.getByTestId('skeleton')).toHaveTextContent('Loading invoices');
  });

  it('mirrors geometrically', async () => {
    await expectMirrored(() => (
      <div>
        <Skeleton lines={3} />
        <Skeleton shape="circle" />
        <Skeleton shape="rect" width="40%" />
      </div>
    ));
  });

  it('forwards ref to the root <div>', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(<Skeleton ref={ref} />);
    expect(ref.current).toHaveAttribute('aria-busy', 'true');
  });

  it('accepts className and css overrides', () => {
    renderWithProviders(
      <Skeleton className="custom" css={{ gap: 20, marginInlineStart: 8 }} data-testid="skeleton" />,
      { locale: 'ar' },
    );
    const skeleton = screen.getByTestId('skeleton');
    expect(skeleton).toHaveClass('custom');
    expect(getComputedStyle(skeleton).rowGap).toBe('20px');
    expect(getComputedStyle(skeleton).marginRight).toBe('8px');
  });

  it('a dir prop makes an LTR island in an Arabic page', () => {
    renderWithProviders(<Skeleton dir="ltr" lines={2} data-testid="skeleton" />, { locale: 'ar' });
    const skeleton = screen.getByTestId('skeleton');
    expect(skeleton).toHaveAttribute('dir', 'ltr');
    const last = skeleton.querySelectorAll('[data-part="bone"]')[1];
    expect(last?.getBoundingClientRect().left).toBeCloseTo(skeleton.getBoundingClientRect().left, 0);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(<Skeleton lines={2} />);
  });
});
