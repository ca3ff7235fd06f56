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
import { RadioGroup } from './RadioGroup';

const SHIPPING = [
  { value: 'standard', label: 'Standard' },
  { value: 'express', label: 'Express' },
  { value: 'pickup', label: 'Pickup', disabled: true },
  { value: 'drone', label: 'Drone' },
];

const radio = (name: string) => screen.getByRole('radio', { name });

describe.each(['en-US', 'ar'] as const)('RadioGroup (%s)', (locale) => {
  it('has no axe violations: none chosen, chosen, required + error, disabled, horizontal', async () => {
    const { container } = renderWithProviders(
      <div>
        <RadioGroup label="Shipping" options={SHIPPING} />
        <RadioGroup label="Chosen" options={SHIPPING} defaultValue="express" description="Arrives tomorrow" />
        <RadioGroup label="Required" options={SHIPPING} required error="Choose a method" />
        <RadioGroup label="Disabled" options={SHIPPING} disabled />
        <RadioGroup label="Row" options={SHIPPING} orientation="horizontal" optional />
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('APG keyboard: one Tab stop; Down/Up move, select and wrap, skipping disabled', async () => {
    const onValueChange = vi.fn();
    renderWithProviders(
      <>
        <RadioGroup
          label="Shipping"
          options={SHIPPING}
          defaultValue="express"
          onValueChange={onValueChange}
        />
        <button type="button">After</button>
      </>,
      { locale },
    );
    expect(screen.getByRole('radiogroup', { name: 'Shipping' })).toBeInTheDocument();
    await userEvent.tab();
    expect(radio('Express')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(radio('Drone')).toHaveFocus();
    expect(radio('Drone')).toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith('drone');
    await userEvent.keyboard('{ArrowDown}');
    expect(radio('Standard')).toHaveFocus();
    expect(radio('Standard')).toBeChecked();
    await userEvent.keyboard('{ArrowUp}');
    expect(radio('Drone')).toBeChecked();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(radio('Drone')).toHaveFocus();
  });

  it('Right/Left follow the visual direction (Left is next in RTL)', async () => {
    renderWithProviders(
      <RadioGroup label="Shipping" options={SHIPPING} defaultValue="standard" orientation="horizontal" />,
      { locale },
    );
    await userEvent.tab();
    const next = locale === 'ar' ? '{ArrowLeft}' : '{ArrowRight}';
    const previous = locale === 'ar' ? '{ArrowRight}' : '{ArrowLeft}';
    await userEvent.keyboard(next);
    expect(radio('Express')).toBeChecked();
    expect(radio('Express')).toHaveFocus();
    // Visually, "next" is also the neighbour in the key's direction.
    const standard = radio('Standard').getBoundingClientRect();
    const express = radio('Express').getBoundingClientRect();
    if (locale === 'ar') expect(express.left).toBeLessThan(standard.left);
    else expect(express.left).toBeGreaterThan(standard.left);
    await userEvent.keyboard(previous);
    await userEvent.keyboard(previous);
    expect(radio('Drone')).toBeChecked();
  });

  it('Space selects the focused choice when none is chosen', async () => {
    renderWithProviders(<RadioGroup label="Shipping" options={SHIPPING} />, { locale });
    await userEvent.tab();
    expect(radio('Standard')).toHaveFocus();
    expect(radio('Standard')).not.toBeChecked();
    await userEvent.keyboard(' ');
    expect(radio('Standard')).toBeChecked();
    expect(mustQuery('[data-part="option"][data-checked]')).toHaveTextContent('Standard');
  });
});

describe('RadioGroup', () => {
  it('mirrors geometrically, vertical and horizontal', async () => {
    await expectMirrored(() => (
      <RadioGroup
        label="Shipping"
        options={SHIPPING}
        defaultValue="express"
        description="Pick one"
        required
      />
    ));
    await expectMirrored(() => (
      <RadioGroup label="Shipping" options={SHIPPING} orientation="horizontal" error="Choose one" />
    ));
  });

  it('clicking a label selects (uncontrolled)', async () => {
    renderWithProviders(<RadioGroup label="Shipping" options={SHIPPING} />);
    await userEvent.click(screen.getByText('Drone'));
    expect(radio('Drone')).toBeChecked();
  });

  it('controlled: follows the prop', async () => {
    function Controlled() {
      const [value, setValue] = useState<string | null>(null);
      return (
        <>
          <RadioGroup label="Shipping" options={SHIPPING} value={value} onValueChange={setValue} />
          <output>{value ?? 'none'}</output>
        </>
      );
    }
    renderWithProviders(<Controlled />);
    expect(screen.getByRole('status')).toHaveTextContent('none');
    await userEvent.click(radio('Express'));
    expect(screen.getByRole('status')).toHaveTextContent('express');
    expect(radio('Express')).toBeChecked();
  });

  it('a fixed controlled value does not move', async () => {
    renderWithProviders(<RadioGroup label="Fixed" options={SHIPPING} value="standard" />);
    await userEvent.click(radio('Express'));
    expect(radio('Standard')).toBeChecked();
    expect(radio('Express')).not.toBeChecked();
  });

  it('wires name, required, description and error on the group', () => {
    renderWithProviders(
      <RadioGroup
        label="Shipping"
        name="ship"
        options={SHIPPING}
        required
        description="Pick one"
        error="Missing"
      />,
    );
    const group = screen.getByRole('radiogroup', { name: 'Shipping' });
    expect(group).toHaveAttribute('aria-required', 'true');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription('Pick one Error: Missing');
    expect(radio('Standard')).toHaveAttribute('name', 'ship');
    expect(radio('Pickup')).toBeDisabled();
  });

  it('forwards ref to the radiogroup element', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(<RadioGroup ref={ref} label="Ref" options={SHIPPING} />);
    expect(ref.current).toBe(screen.getByRole('radiogroup'));
  });

  it('accepts className and css overrides', () => {
    renderWithProviders(
      <RadioGroup label="Styled" options={SHIPPING} className="custom" css={{ paddingInlineStart: 40 }} />,
      { locale: 'ar' },
    );
    const group = screen.getByRole('radiogroup');
    expect(group).toHaveClass('custom');
    expect(getComputedStyle(group).paddingRight).toBe('40px');
  });

  it('a dir prop overrides the provider (Right is next again)', async () => {
    renderWithProviders(
      <RadioGroup
        dir="ltr"
        label="LTR"
        options={SHIPPING}
        defaultValue="standard"
        orientation="horizontal"
      />,
      { locale: 'ar' },
    );
    expect(screen.getByRole('radiogroup')).toHaveAttribute('dir', 'ltr');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    expect(radio('Express')).toBeChecked();
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(
      <RadioGroup
        label="Shipping"
        options={SHIPPING}
        defaultValue="express"
        description="Pick one"
        required
      />,
    );
  });
});
