/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';

import { expectMirrored, expectNoAxeViolations, expectSsrHydrates, renderWithProviders } from '../../testing';
import { Heading } from './Heading';

describe.each(['en-US', 'ar'] as const)('Heading (%s)', (locale) => {
  it('has no axe violations', async () => {
    const { container } = renderWithProviders(
      <section>
        <Heading level={1}>Title</Heading>
        <Heading level={2}>Section</Heading>
      </section>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });
});

describe('Heading', () => {
  it('level sets the element, size sets the look independently', () => {
    renderWithProviders(
      <Heading level={3} size="display">
        Big h3
      </Heading>,
    );
    const heading = screen.getByRole('heading', { level: 3, name: 'Big h3' });
    expect(heading).toHaveAttribute('data-size', 'display');
    expect(getComputedStyle(heading).fontSize).toBe('40px');
  });

  it('forwards ref, className and css', () => {
    const ref = createRef<HTMLHeadingElement>();
    renderWithProviders(
      <Heading ref={ref} className="h" css={{ letterSpacing: '2px' }}>
        H
      </Heading>,
    );
    expect(ref.current?.tagName).toBe('H2');
    expect(ref.current).toHaveClass('h');
    expect(getComputedStyle(ref.current as Element).letterSpacing).toBe('2px');
  });

  it('mirrors (starts at the reading edge)', async () => {
    await expectMirrored(() => (
      <Heading>
        <span data-part="label">Short</span>
      </Heading>
    ));
  });

  it('hydrates without mismatch', async () => {
    await expectSsrHydrates(<Heading level={1}>Hi</Heading>);
  });
});
