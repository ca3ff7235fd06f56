/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';

import { expectMirrored, expectNoAxeViolations, expectSsrHydrates, renderWithProviders } from '../../testing';
import { Stack } from './Stack';

const items = (
  <Stack gap="lg" align="start">
    <span data-part="item">One</span>
    <span data-part="item">Two two</span>
  </Stack>
);

describe.each(['en-US', 'ar'] as const)('Stack (%s)', (locale) => {
  it('has no axe violations (as a list too)', async () => {
    const { container } = renderWithProviders(
      <Stack as="ul">
        <li>a</li>
        <li>b</li>
      </Stack>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });
});

describe('Stack', () => {
  it('spaces children with the gap token', () => {
    renderWithProviders(items);
    const [a, b] = screen.getAllByText(/One|Two/);
    expect(
      (b as Element).getBoundingClientRect().top - (a as Element).getBoundingClientRect().bottom,
    ).toBeCloseTo(16, 0);
  });

  it('align="start" follows the reading direction', async () => {
    await expectMirrored(() => items);
  });

  it('forwards ref, className and css', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(<Stack ref={ref} className="s" css={{ rowGap: 3 }} />);
    expect(ref.current).toHaveClass('s');
    expect(getComputedStyle(ref.current as Element).rowGap).toBe('3px');
  });

  it('hydrates without mismatch', async () => {
    await expectSsrHydrates(items);
  });
});
