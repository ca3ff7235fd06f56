/** @jsxImportSource @emotion/react */
import { createRef, useState } from 'react';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
} from '../../testing';
import { Icon } from '../Icon/Icon';
import { TextField } from './TextField';

const STRINGS = {
  'en-US': {
    left3: '3 characters left',
    over1: '1 character too many',
    prefix: 'Error:',
    required: 'required',
  },
  ar: { left3: 'يتبقى 3 أحرف', over1: 'حرف واحد زائد', prefix: '', required: 'إلزامي' },
} as const;

const amount = (
  <TextField
    label="Amount"
    startAdornment={<span>$</span>}
    endAdornment={<Icon name="info" />}
    inputMode="decimal"
  />
);

describe.each(['en-US', 'ar'] as const)('TextField (%s)', (locale) => {
  it('has no axe violations: default, description, required, error, disabled, counter, adornments', async () => {
    const { container } = renderWithProviders(
      <div>
        <TextField label="Name" />
        <TextField label="Email" type="email" description="We never share it" required />
        <TextField label="City" optional error="Enter a city" />
        <TextField label="Locked" disabled defaultValue="x" />
        <TextField label="Bio" maxLength={3} defaultValue="abcd" />
        {amount}
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('wires label, description, error and required for assistive technology', () => {
    renderWithProviders(
      <TextField label="Email" description="We never share it" error="Enter an email" required />,
      { locale },
    );
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(expect.stringContaining('We never share it'));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Enter an email'));
    const error = mustQuery('[data-part="error"]');
    if (locale === 'en-US') expect(error.textContent).toBe('Error: Enter an email');
    expect(error.textContent?.endsWith('Enter an email')).toBe(true);
    expect(mustQuery('[data-part="marker"]')).toHaveTextContent(STRINGS[locale].required);
    expect(mustQuery('[data-part="marker"]')).toHaveAttribute('aria-hidden', 'true');
  });

  it('is keyboard operable: Tab focuses, typing updates (uncontrolled)', async () => {
    const onValueChange = vi.fn();
    renderWithProviders(<TextField label="Name" onValueChange={onValueChange} />, { locale });
    await userEvent.tab();
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveFocus();
    await userEvent.keyboard('Ali');
    expect(input).toHaveValue('Ali');
    expect(onValueChange).toHaveBeenLastCalledWith('Ali');
  });

  it('announces the characters left politely and flags going over', async () => {
    renderWithProviders(<TextField label="Code" maxLength={4} defaultValue="a" />, { locale });
    const counter = mustQuery('[data-part="counter"]');
    expect(counter).toHaveAttribute('aria-live', 'polite');
    expect(counter).toHaveTextContent(STRINGS[locale].left3);
    const input = screen.getByRole('textbox', { name: 'Code' });
    expect(input).toHaveAccessibleDescription(STRINGS[locale].left3);
    await userEvent.type(input, 'bcde');
    expect(counter).toHaveTextContent(STRINGS[locale].over1);
    expect(counter).toHaveAttribute('data-over');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts the start adornment on the reading-start side', () => {
    renderWithProviders(amount, { locale });
    const start = mustQuery('[data-part="adornment-start"]').getBoundingClientRect();
    const input = mustQuery('[data-part="input"]').getBoundingClientRect();
    const end = mustQuery('[data-part="adornment-end"]').getBoundingClientRect();
    if (locale === 'ar') {
      expect(start.left).toBeGreaterThan(input.left);
      expect(end.right).toBeLessThan(input.right);
    } else {
      expect(start.right).toBeLessThanOrEqual(input.left);
      expect(end.left).toBeGreaterThanOrEqual(input.right);
    }
  });
});

describe('TextField', () => {
  it('mirrors geometrically (label, adornments, input, messages)', async () => {
    await expectMirrored(() => (
      <TextField
        label="Amount"
        description="In dollars"
        startAdornment={<span>$</span>}
        endAdornment={<Icon name="info" />}
        error="Too much"
        maxLength={5}
        required
      />
    ));
  });

  it('supports a controlled value', async () => {
    function Controlled() {
      const [value, setValue] = useState('AB');
      return <TextField label="Code" value={value} onValueChange={(next) => setValue(next.toUpperCase())} />;
    }
    renderWithProviders(<Controlled />);
    const input = screen.getByRole('textbox', { name: 'Code' });
    await userEvent.type(input, 'c');
    expect(input).toHaveValue('ABC');
  });

  it('a controlled value without onValueChange does not change', async () => {
    renderWithProviders(<TextField label="Fixed" value="x" readOnly />);
    const input = screen.getByRole('textbox', { name: 'Fixed' });
    await userEvent.type(input, 'y');
    expect(input).toHaveValue('x');
  });

  it('forwards ref to the <input> and other props to it', () => {
    const ref = createRef<HTMLInputElement>();
    renderWithProviders(<TextField ref={ref} label="Phone" type="tel" inputMode="tel" name="phone" />);
    expect(ref.current).toBe(screen.getByRole('textbox', { name: 'Phone' }));
    expect(ref.current).toHaveAttribute('type', 'tel');
    expect(ref.current).toHaveAttribute('inputmode', 'tel');
    expect(ref.current).toHaveAttribute('name', 'phone');
  });

  it('accepts className and css overrides on the root', () => {
    renderWithProviders(<TextField label="Styled" className="custom" css={{ paddingInlineStart: 40 }} />, {
      locale: 'ar',
    });
    const root = mustQuery('[data-part="field"]');
    expect(root).toHaveClass('custom');
    expect(getComputedStyle(root).paddingRight).toBe('40px');
  });

  it('a dir prop overrides the provider', () => {
    renderWithProviders(<TextField dir="ltr" label="LTR" startAdornment="$" />, { locale: 'ar' });
    const root = mustQuery('[data-part="field"]');
    expect(root).toHaveAttribute('dir', 'ltr');
    const start = mustQuery('[data-part="adornment-start"]').getBoundingClientRect();
    expect(start.right).toBeLessThanOrEqual(mustQuery('[data-part="input"]').getBoundingClientRect().left);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(
      <TextField label="Email" description="Work email" error="Required" maxLength={10} required />,
    );
  });
});
