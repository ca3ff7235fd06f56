/** @jsxImportSource @emotion/react */
import { createRef } from 'react';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  mustQuery,
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  renderWithProviders,
} from '../../testing';
import { Icon } from '../Icon/Icon';
import { Button } from './Button';

const withIcons = (
  <Button iconStart={<Icon name="arrowBack" />} iconEnd={<Icon name="arrowForward" />}>
    Continue
  </Button>
);

describe.each(['en-US', 'ar'] as const)('Button (%s)', (locale) => {
  it('has no axe violations in every variant and state', async () => {
    const { container } = renderWithProviders(
      <div>
        {(['primary', 'secondary', 'ghost', 'danger'] as const).map((variant) => (
          <Button key={variant} variant={variant}>
            {variant}
          </Button>
        ))}
        <Button disabled>disabled</Button>
        <Button loading>loading</Button>
        {withIcons}
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('is operable by keyboard (Tab, Enter, Space)', async () => {
    const onClick = vi.fn();
    renderWithProviders(<Button onClick={onClick}>Save</Button>, { locale });
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('puts the start icon on the reading-start side', () => {
    renderWithProviders(withIcons, { locale });
    const start = mustQuery('[data-part="icon-start"]').getBoundingClientRect();
    const label = mustQuery('[data-part="label"]').getBoundingClientRect();
    if (locale === 'ar') expect(start.left).toBeGreaterThan(label.left);
    else expect(start.left).toBeLessThan(label.left);
    // Directional icons flip only in RTL.
    expect(mustQuery('[data-icon="arrowBack"]').hasAttribute('data-mirrored')).toBe(locale === 'ar');
  });
});

describe('Button', () => {
  it('mirrors geometrically (icon slots swap sides)', async () => {
    await expectMirrored(() => withIcons);
    await expectMirrored(() => <Button loading>Saving</Button>);
  });

  it('forwards ref to the <button> (React 19 ref prop)', () => {
    const ref = createRef<HTMLButtonElement>();
    renderWithProviders(<Button ref={ref}>Ref</Button>);
    expect(ref.current).toBe(screen.getByRole('button'));
    expect(ref.current?.type).toBe('button');
  });

  it('exposes state as data attributes', () => {
    renderWithProviders(
      <Button variant="danger" size="lg" disabled>
        Delete
      </Button>,
    );
    const button = screen.getByRole('button');
    expect(button).toHaveAttribute('data-variant', 'danger');
    expect(button).toHaveAttribute('data-size', 'lg');
    expect(button).toHaveAttribute('data-disabled');
    expect(button).toBeDisabled();
  });

  it('loading: aria-busy, spinner, clicks ignored, still focusable', async () => {
    const onClick = vi.fn();
    renderWithProviders(
      <Button loading onClick={onClick}>
        Pay
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Pay' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('data-loading');
    expect(button.querySelector('[data-part="spinner"]')).toHaveAttribute('aria-hidden', 'true');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
    button.blur();
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onClick).not.toHaveBeenCalled();
  });

  it('accepts className and css overrides (css wins over base styles)', () => {
    renderWithProviders(
      <Button className="custom" css={{ borderRadius: 0, paddingInlineStart: 40 }}>
        Styled
      </Button>,
      { locale: 'ar' },
    );
    const button = screen.getByRole('button');
    expect(button).toHaveClass('custom');
    const style = getComputedStyle(button);
    expect(style.borderTopLeftRadius).toBe('0px');
    expect(style.paddingRight).toBe('40px'); // inline-start is right in RTL
  });

  it('meets the primary contrast in light and dark schemes', () => {
    renderWithProviders(<Button>Dark</Button>, { scheme: 'dark' });
    expect(getComputedStyle(screen.getByRole('button')).color).toBe('rgb(11, 18, 32)');
  });

  it('a dir prop overrides the provider', () => {
    renderWithProviders(withIcons, { locale: 'ar' });
    renderWithProviders(<Button dir="ltr">LTR</Button>, { locale: 'ar' });
    expect(screen.getByRole('button', { name: 'LTR' })).toHaveAttribute('dir', 'ltr');
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(withIcons);
  });
});
