/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';

import { expectMirrored, expectNoAxeViolations, expectSsrHydrates, renderWithProviders } from '../../testing';
import { Spinner } from './Spinner';

describe.each(['en-US', 'ar'] as const)('Spinner (%s)', (locale) => {
  it('announces a translated status and has no axe violations', async () => {
    const { container } = renderWithProviders(<Spinner />, { locale });
    const status = screen.getByRole('status');
    expect(status.textContent).toBeTruthy();
    if (locale === 'en-US') expect(status).toHaveTextContent('Loading');
    else expect(status).not.toHaveTextContent('Loading');
    await expectNoAxeViolations(container);
  });
});

describe('Spinner', () => {
  it('decorative spinners are hidden from assistive technology', () => {
    renderWithProviders(<Spinner decorative data-testid="s" />);
    expect(screen.getByTestId('s')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('accepts a custom label, ref, className and css', () => {
    const ref = createRef<HTMLSpanElement>();
    renderWithProviders(
      <Spinner ref={ref} label="Saving draft" className="k" css={{ color: 'rgb(1, 2, 3)' }} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Saving draft');
    expect(ref.current).toHaveClass('k');
    expect(getComputedStyle(ref.current as Element).color).toBe('rgb(1, 2, 3)');
  });

  it('mirrors its placement', async () => {
    await expectMirrored(() => <Spinner data-part="spinner" />);
  });

  it('hydrates without mismatch', async () => {
    await expectSsrHydrates(<Spinner />);
  });
});
