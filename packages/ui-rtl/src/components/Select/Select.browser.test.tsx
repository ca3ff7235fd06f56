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
import { Select } from './Select';

const CURRENCIES = [
  { value: 'usd', label: 'US dollar' },
  { value: 'eur', label: 'Euro' },
  { value: 'sar', label: 'Saudi riyal', disabled: true },
  { value: 'aed', label: 'UAE dirham' },
];
const PLACEHOLDER = { 'en-US': 'Choose an option', ar: 'اختيار أحد الخيارات' } as const;

describe.each(['en-US', 'ar'] as const)('Select (%s)', (locale) => {
  it('has no axe violations: placeholder, chosen, required, error, disabled, empty', async () => {
    const { container } = renderWithProviders(
      <div>
        <Select label="Currency" options={CURRENCIES} />
        <Select label="Chosen" options={CURRENCIES} defaultValue="eur" description="Billing currency" />
        <Select label="Required" options={CURRENCIES} required error="Choose a currency" />
        <Select label="Disabled" options={CURRENCIES} disabled />
        <Select label="Empty" options={[]} />
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('shows the translated placeholder and the never-mirrored chevron', () => {
    renderWithProviders(<Select label="Currency" options={CURRENCIES} />, { locale });
    const select = screen.getByRole('combobox', { name: 'Currency' });
    expect(select).toHaveValue('');
    expect(select).toHaveAttribute('data-placeholder');
    expect(screen.getByRole('option', { name: PLACEHOLDER[locale] })).toBeInTheDocument();
    expect(mustQuery('[data-icon="chevronDown"]').hasAttribute('data-mirrored')).toBe(false);
  });

  it('puts the chevron at the inline end', () => {
    renderWithProviders(<Select label="Currency" options={CURRENCIES} />, { locale });
    const select = mustQuery('[data-part="select"]').getBoundingClientRect();
    const chevron = mustQuery('[data-part="chevron"]').getBoundingClientRect();
    const center = select.left + select.width / 2;
    if (locale === 'ar') expect(chevron.right).toBeLessThan(center);
    else expect(chevron.left).toBeGreaterThan(center);
  });

  it('is keyboard operable: Tab focuses, arrows change the value, disabled options are skipped', async () => {
    const onValueChange = vi.fn();
    renderWithProviders(
      <Select label="Currency" options={CURRENCIES} defaultValue="eur" onValueChange={onValueChange} />,
      { locale },
    );
    await userEvent.tab();
    const select = screen.getByRole('combobox', { name: 'Currency' });
    expect(select).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(select).toHaveValue('aed');
    expect(onValueChange).toHaveBeenLastCalledWith('aed');
    expect(select).not.toHaveAttribute('data-placeholder');
  });
});

describe('Select', () => {
  it('mirrors geometrically (chevron at the inline end)', async () => {
    await expectMirrored(() => (
      <Select label="Currency" description="Billing" error="Required" options={CURRENCIES} required />
    ));
  });

  it('uncontrolled: selecting an option updates it', async () => {
    renderWithProviders(<Select label="Currency" options={CURRENCIES} />);
    const select = screen.getByRole('combobox', { name: 'Currency' });
    await userEvent.selectOptions(select, 'usd');
    expect(select).toHaveValue('usd');
  });

  it('controlled: the value follows the prop', async () => {
    function Controlled() {
      const [value, setValue] = useState('usd');
      return (
        <>
          <Select label="Currency" options={CURRENCIES} value={value} onValueChange={setValue} />
          <output>{value}</output>
        </>
      );
    }
    renderWithProviders(<Controlled />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'aed');
    expect(screen.getByRole('status')).toHaveTextContent('aed');
  });

  it('required: the placeholder is a disabled prompt, aria-required is set', () => {
    renderWithProviders(<Select label="Currency" options={CURRENCIES} required />);
    const select = screen.getByRole('combobox', { name: 'Currency' });
    expect(select).toBeRequired();
    expect(select).toHaveAttribute('aria-required', 'true');
    expect(screen.getByRole('option', { name: 'Choose an option' })).toBeDisabled();
  });

  it('accepts <option> children, a custom placeholder or none', () => {
    renderWithProviders(
      <>
        <Select label="Size" placeholder="Pick a size">
          <option value="s">Small</option>
          <option value="l">Large</option>
        </Select>
        <Select label="Plain" placeholder={false} options={CURRENCIES} />
      </>,
    );
    expect(screen.getByRole('combobox', { name: 'Size' }).querySelectorAll('option')).toHaveLength(3);
    expect(screen.getByRole('option', { name: 'Pick a size' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Plain' })).toHaveValue('usd');
  });

  it('an empty options list says so', () => {
    renderWithProviders(<Select label="Empty" options={[]} placeholder={false} />);
    expect(screen.getByRole('option', { name: 'No options available' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Empty' })).toHaveDisplayValue('No options available');
  });

  it('forwards ref to the <select>', () => {
    const ref = createRef<HTMLSelectElement>();
    renderWithProviders(<Select ref={ref} label="Ref" name="currency" options={CURRENCIES} />);
    expect(ref.current).toBe(screen.getByRole('combobox', { name: 'Ref' }));
    expect(ref.current).toHaveAttribute('name', 'currency');
  });

  it('accepts className and css overrides on the root', () => {
    renderWithProviders(
      <Select label="Styled" className="custom" css={{ paddingInlineStart: 40 }} options={CURRENCIES} />,
      { locale: 'ar' },
    );
    const root = mustQuery('[data-part="field"]');
    expect(root).toHaveClass('custom');
    expect(getComputedStyle(root).paddingRight).toBe('40px');
  });

  it('a dir prop overrides the provider (chevron back on the right)', () => {
    renderWithProviders(<Select dir="ltr" label="LTR" options={CURRENCIES} />, { locale: 'ar' });
    expect(mustQuery('[data-part="field"]')).toHaveAttribute('dir', 'ltr');
    const select = mustQuery('[data-part="select"]').getBoundingClientRect();
    expect(mustQuery('[data-part="chevron"]').getBoundingClientRect().left).toBeGreaterThan(
      select.left + select.width / 2,
    );
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(<Select label="Currency" options={CURRENCIES} defaultValue="eur" required />);
  });
});
