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
import { Checkbox } from './Checkbox';

describe.each(['en-US', 'ar'] as const)('Checkbox (%s)', (locale) => {
  it('has no axe violations: unchecked, checked, indeterminate, disabled, description, error', async () => {
    const { container } = renderWithProviders(
      <div>
        <Checkbox label="Subscribe" />
        <Checkbox label="Checked" defaultChecked />
        <Checkbox label="Some" indeterminate />
        <Checkbox label="Off" disabled />
        <Checkbox label="Terms" description="Read them first" error="Accept the terms" required />
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('is keyboard operable: Tab focuses, Space toggles (uncontrolled)', async () => {
    const onCheckedChange = vi.fn();
    renderWithProviders(<Checkbox label="Subscribe" onCheckedChange={onCheckedChange} />, { locale });
    await userEvent.tab();
    const box = screen.getByRole('checkbox', { name: 'Subscribe' });
    expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(box).toBeChecked();
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
    expect(mustQuery('[data-part="root"]')).toHaveAttribute('data-checked');
    expect(mustQuery('[data-icon="check"]').hasAttribute('data-mirrored')).toBe(false);
    await userEvent.keyboard(' ');
    expect(box).not.toBeChecked();
  });

  it('the label text is clickable', async () => {
    renderWithProviders(<Checkbox label="Remember me" />, { locale });
    await userEvent.click(mustQuery('[data-part="label"]'));
    expect(screen.getByRole('checkbox', { name: 'Remember me' })).toBeChecked();
  });

  it('puts the box on the reading-start side', () => {
    renderWithProviders(<Checkbox label="Subscribe" />, { locale });
    const box = mustQuery('[data-part="box"]').getBoundingClientRect();
    const label = mustQuery('[data-part="label"]').getBoundingClientRect();
    if (locale === 'ar') expect(box.left).toBeGreaterThan(label.left);
    else expect(box.left).toBeLessThan(label.left);
  });
});

describe('Checkbox', () => {
  it('mirrors geometrically', async () => {
    await expectMirrored(() => (
      <Checkbox label="Terms" description="Read them" error="Required" defaultChecked />
    ));
  });

  it('indeterminate is announced as mixed and cleared by the caller', async () => {
    function Parent() {
      const [state, setState] = useState<boolean | 'mixed'>('mixed');
      return (
        <Checkbox
          label="All"
          checked={state === true}
          indeterminate={state === 'mixed'}
          onCheckedChange={(next) => setState(next)}
        />
      );
    }
    renderWithProviders(<Parent />);
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'All' });
    expect(box).toBePartiallyChecked();
    expect(box.indeterminate).toBe(true);
    expect(mustQuery('[data-part="dash"]')).toBeInTheDocument();
    await userEvent.click(box);
    expect(box).toBeChecked();
    expect(box.indeterminate).toBe(false);
    expect(mustQuery('[data-part="root"]')).not.toHaveAttribute('data-indeterminate');
  });

  it('controlled: stays as the prop says', async () => {
    const onCheckedChange = vi.fn();
    renderWithProviders(<Checkbox label="Fixed" checked={false} onCheckedChange={onCheckedChange} />);
    const box = screen.getByRole('checkbox', { name: 'Fixed' });
    await userEvent.click(box);
    expect(onCheckedChange).toHaveBeenCalledWith(true);
    expect(box).not.toBeChecked();
  });

  it('disabled: not focusable, not toggled', async () => {
    renderWithProviders(<Checkbox label="Off" disabled />);
    await userEvent.tab();
    const box = screen.getByRole('checkbox', { name: 'Off' });
    expect(box).not.toHaveFocus();
    expect(box).toBeDisabled();
  });

  it('wires the description and error', () => {
    renderWithProviders(<Checkbox label="Terms" description="Read them" error="Accept the terms" />);
    const box = screen.getByRole('checkbox', { name: 'Terms' });
    expect(box).toHaveAccessibleDescription('Read them Error: Accept the terms');
    expect(box).toBeInvalid();
  });

  it('forwards ref to the <input>', () => {
    const ref = createRef<HTMLInputElement>();
    renderWithProviders(<Checkbox ref={ref} label="Ref" name="ref" />);
    expect(ref.current).toBe(screen.getByRole('checkbox'));
    expect(ref.current).toHaveAttribute('name', 'ref');
  });

  it('accepts className and css overrides on the root', () => {
    renderWithProviders(<Checkbox label="Styled" className="custom" css={{ paddingInlineStart: 40 }} />, {
      locale: 'ar',
    });
    const root = mustQuery('[data-part="root"]');
    expect(root).toHaveClass('custom');
    expect(getComputedStyle(root).paddingRight).toBe('40px');
  });

  it('a dir prop overrides the provider', () => {
    renderWithProviders(<Checkbox dir="ltr" label="LTR" />, { locale: 'ar' });
    expect(mustQuery('[data-part="root"]')).toHaveAttribute('dir', 'ltr');
    expect(mustQuery('[data-part="box"]').getBoundingClientRect().left).toBeLessThan(
      mustQuery('[data-part="label"]').getBoundingClientRect().left,
    );
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(<Checkbox label="Terms" description="Read them" defaultChecked />);
  });
});
