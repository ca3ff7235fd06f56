/** @jsxImportSource @emotion/react */
import { createRef } from 'react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
} from '../../testing';
import { Field } from './Field';

const PREFIX = { 'en-US': 'Error:', ar: 'خطأ:' } as const;
const MARKERS = { 'en-US': ['required', 'optional'], ar: ['إلزامي', 'اختياري'] } as const;

function Slug(props: { error?: string; required?: boolean; optional?: boolean; counter?: string }) {
  return (
    <Field label="Slug" description="Lowercase letters" {...props}>
      {(control) => <input data-part="input" {...control} />}
    </Field>
  );
}

describe.each(['en-US', 'ar'] as const)('Field (%s)', (locale) => {
  it('has no axe violations: plain, required + error, optional + counter', async () => {
    const { container } = renderWithProviders(
      <div>
        <Slug />
        <Slug required error="Taken" />
        <Slug optional counter="3 characters left" />
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('wires label, description, error, counter and required onto the control', () => {
    renderWithProviders(<Slug required error="Taken" counter="3 left" />, { locale });
    const input = screen.getByRole('textbox', { name: 'Slug' });
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toEqual([
      mustQuery('[data-part="description"]').id,
      mustQuery('[data-part="error"]').id,
      mustQuery('[data-part="counter"]').id,
    ]);
    expect(mustQuery('[data-part="error"]').textContent).toBe(`${PREFIX[locale]} Taken`);
    expect(mustQuery('[data-part="marker"]')).toHaveTextContent(MARKERS[locale][0]);
    expect(mustQuery('[data-part="counter"]')).toHaveAttribute('aria-live', 'polite');
    expect(mustQuery('[data-part="field"]')).toHaveAttribute('data-invalid');
  });

  it('the optional marker is part of the accessible name; clicking the label focuses the control', async () => {
    renderWithProviders(<Slug optional />, { locale });
    const input = screen.getByRole('textbox', { name: `Slug ${MARKERS[locale][1]}` });
    await userEvent.click(mustQuery('[data-part="label"]'));
    expect(input).toHaveFocus();
  });
});

describe('Field', () => {
  it('mirrors geometrically', async () => {
    await expectMirrored(() => <Slug required error="Taken" counter="3 characters left" />);
  });

  it('keeps a caller aria-describedby first, and no describedby when there is nothing', () => {
    renderWithProviders(
      <>
        <Field label="Extra" description="Help" controlDescribedBy="outside">
          {(control) => <input {...control} />}
        </Field>
        <Field label="Bare">{(control) => <input {...control} />}</Field>
      </>,
    );
    const extra = screen.getByRole('textbox', { name: 'Extra' });
    expect(extra.getAttribute('aria-describedby')?.startsWith('outside ')).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Bare' })).not.toHaveAttribute('aria-describedby');
    expect(screen.getByRole('textbox', { name: 'Bare' })).not.toHaveAttribute('aria-invalid');
  });

  it('forwards ref to the root, className and css overrides', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(
      <Field ref={ref} label="Styled" className="custom" css={{ paddingInlineStart: 40 }}>
        {(control) => <input {...control} />}
      </Field>,
      { locale: 'ar' },
    );
    expect(ref.current).toBe(mustQuery('[data-part="field"]'));
    expect(ref.current).toHaveClass('custom');
    expect(getComputedStyle(mustQuery('[data-part="field"]')).paddingRight).toBe('40px');
  });

  it('a dir prop overrides the provider', () => {
    renderWithProviders(
      <Field dir="ltr" label="LTR">
        {(control) => <input {...control} />}
      </Field>,
      { locale: 'ar' },
    );
    expect(mustQuery('[data-part="field"]')).toHaveAttribute('dir', 'ltr');
  });

  it('hydrates server HTML without mismatch in both directions (useId ids match)', async () => {
    await expectSsrHydrates(<Slug required error="Taken" counter="3 left" />);
  });
});
