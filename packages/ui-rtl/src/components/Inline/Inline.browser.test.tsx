/** @jsxImportSource @emotion/react */
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';

import {
  mustQuery,
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  renderWithProviders,
} from '../../testing';
import { Inline } from './Inline';

const row = (justify: 'start' | 'end' | 'between' = 'start') => (
  <Inline justify={justify} gap="md">
    <span data-part="first">First</span>
    <span data-part="second">Second</span>
  </Inline>
);

describe.each(['en-US', 'ar'] as const)('Inline (%s)', (locale) => {
  it('has no axe violations', async () => {
    const { container } = renderWithProviders(row(), { locale });
    await expectNoAxeViolations(container);
  });

  it('the first child sits at the reading start', () => {
    const { container } = renderWithProviders(row(), { locale });
    const first = mustQuery('[data-part="first"]', container).getBoundingClientRect();
    const second = mustQuery('[data-part="second"]', container).getBoundingClientRect();
    expect(first.left < second.left).toBe(locale === 'en-US');
  });
});

describe('Inline', () => {
  it.each(['start', 'end', 'between'] as const)('justify="%s" mirrors', async (justify) => {
    await expectMirrored(() => row(justify));
  });

  it('forwards ref, className and css', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(<Inline ref={ref} className="i" css={{ columnGap: 5 }} />);
    expect(ref.current).toHaveClass('i');
    expect(getComputedStyle(ref.current as Element).columnGap).toBe('5px');
  });

  it('hydrates without mismatch', async () => {
    await expectSsrHydrates(row());
  });
});
