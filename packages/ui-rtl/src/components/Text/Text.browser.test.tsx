/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';

import { expectMirrored, expectNoAxeViolations, expectSsrHydrates, renderWithProviders } from '../../testing';
import { Text } from './Text';

describe.each(['en-US', 'ar'] as const)('Text (%s)', (locale) => {
  it('has no axe violations in every tone and scheme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { container, unmount } = renderWithProviders(
        <div>
          {(['default', 'muted', 'primary', 'danger'] as const).map((tone) => (
            <Text key={tone} as="p" tone={tone}>
              {tone}
            </Text>
          ))}
        </div>,
        { locale, scheme },
      );
      await expectNoAxeViolations(container);
      unmount();
    }
  });

  it('aligns start to the reading side', () => {
    renderWithProviders(
      <Text as="p" align="start" data-testid="t">
        x
      </Text>,
      { locale },
    );
    expect(getComputedStyle(screen.getByTestId('t')).textAlign).toBe('start');
  });
});

describe('Text', () => {
  it('renders the requested element, ref, className and css', () => {
    const ref = createRef<HTMLElement>();
    renderWithProviders(
      <Text as="p" ref={ref} className="c" css={{ fontSize: 30 }} size="sm">
        Body
      </Text>,
    );
    expect(ref.current?.tagName).toBe('P');
    expect(ref.current).toHaveClass('c');
    expect(getComputedStyle(ref.current as Element).fontSize).toBe('30px');
  });

  it('passes dir="auto" through for user content', () => {
    renderWithProviders(
      <Text dir="auto" data-testid="t">
        שלום
      </Text>,
    );
    expect(screen.getByTestId('t')).toHaveAttribute('dir', 'auto');
  });

  it('truncates at the inline end and mirrors', async () => {
    await expectMirrored(() => (
      <Text data-part="label" truncate css={{ inlineSize: 120 }}>
        A long line that does not fit the box
      </Text>
    ));
  });

  it('hydrates without mismatch', async () => {
    await expectSsrHydrates(<Text as="p">Hello</Text>);
  });
});
