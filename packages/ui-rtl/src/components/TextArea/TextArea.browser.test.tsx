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
import { TextArea } from './TextArea';

const LEFT_2 = { 'en-US': '2 characters left', ar: 'يتبقى حرفان' } as const;

describe.each(['en-US', 'ar'] as const)('TextArea (%s)', (locale) => {
  it('has no axe violations: default, description, required, error, disabled, counter', async () => {
    const { container } = renderWithProviders(
      <div>
        <TextArea label="Notes" />
        <TextArea label="Message" description="Be kind" required />
        <TextArea label="Reason" error="Tell us why" optional />
        <TextArea label="Locked" disabled defaultValue="x" />
        <TextArea label="Bio" maxLength={3} defaultValue="abcd" autoSize />
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('is keyboard operable: Tab focuses, Enter adds a line (uncontrolled)', async () => {
    const onValueChange = vi.fn();
    renderWithProviders(<TextArea label="Notes" onValueChange={onValueChange} />, { locale });
    await userEvent.tab();
    const textarea = screen.getByRole('textbox', { name: 'Notes' });
    expect(textarea).toHaveFocus();
    await userEvent.keyboard('a{Enter}b');
    expect(textarea).toHaveValue('a\nb');
    expect(onValueChange).toHaveBeenLastCalledWith('a\nb');
  });

  it('counts characters politely and wires the description and error', async () => {
    renderWithProviders(<TextArea label="Bio" maxLength={3} defaultValue="a" error="Too short" />, {
      locale,
    });
    const textarea = screen.getByRole('textbox', { name: 'Bio' });
    const counter = mustQuery('[data-part="counter"]');
    expect(counter).toHaveAttribute('aria-live', 'polite');
    expect(counter).toHaveTextContent(LEFT_2[locale]);
    expect(textarea).toHaveAccessibleDescription(expect.stringContaining(LEFT_2[locale]));
    expect(textarea).toHaveAccessibleDescription(expect.stringContaining('Too short'));
    expect(textarea).toBeInvalid();
    await userEvent.type(textarea, 'bcd');
    expect(counter).toHaveAttribute('data-over');
  });

  it('auto-sizes with the content', async () => {
    renderWithProviders(<TextArea label="Grow" autoSize rows={2} />, { locale });
    const textarea = screen.getByRole('textbox', { name: 'Grow' });
    const before = textarea.getBoundingClientRect().height;
    await userEvent.type(textarea, '1{Enter}2{Enter}3{Enter}4{Enter}5');
    expect(textarea.getBoundingClientRect().height).toBeGreaterThan(before + 40);
    expect(textarea.scrollHeight).toBeLessThanOrEqual(textarea.clientHeight);
  });
});

describe('TextArea', () => {
  it('mirrors geometrically', async () => {
    await expectMirrored(() => (
      <TextArea label="Message" description="Be kind" error="Too long" maxLength={5} optional />
    ));
  });

  it('supports a controlled value', async () => {
    function Controlled() {
      const [value, setValue] = useState('');
      return <TextArea label="Lower" value={value} onValueChange={(next) => setValue(next.toLowerCase())} />;
    }
    renderWithProviders(<Controlled />);
    const textarea = screen.getByRole('textbox', { name: 'Lower' });
    await userEvent.type(textarea, 'AB');
    expect(textarea).toHaveValue('ab');
  });

  it('forwards ref to the <textarea> (and keeps auto-size working)', async () => {
    const ref = createRef<HTMLTextAreaElement>();
    renderWithProviders(<TextArea ref={ref} label="Ref" name="notes" autoSize />);
    expect(ref.current).toBe(screen.getByRole('textbox', { name: 'Ref' }));
    expect(ref.current).toHaveAttribute('name', 'notes');
  });

  it('accepts className and css overrides on the root', () => {
    renderWithProviders(<TextArea label="Styled" className="custom" css={{ paddingInlineStart: 40 }} />, {
      locale: 'ar',
    });
    const root = mustQuery('[data-part="field"]');
    expect(root).toHaveClass('custom');
    expect(getComputedStyle(root).paddingRight).toBe('40px');
  });

  it('a dir prop overrides the provider', () => {
    renderWithProviders(<TextArea dir="ltr" label="LTR" />, { locale: 'ar' });
    expect(mustQuery('[data-part="field"]')).toHaveAttribute('dir', 'ltr');
    expect(getComputedStyle(screen.getByRole('textbox')).direction).toBe('ltr');
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(
      <TextArea label="Message" description="Be kind" maxLength={10} autoSize required />,
    );
  });
});
