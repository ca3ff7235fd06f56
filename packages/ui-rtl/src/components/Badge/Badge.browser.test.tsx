/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
} from '../../testing';
import { Badge } from './Badge';

const TONES = ['neutral', 'info', 'success', 'warning', 'danger'] as const;

describe.each(['en-US', 'ar'] as const)('Badge (%s)', (locale) => {
  it('has no axe violations in every tone, with and without dot, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { container, unmount } = renderWithProviders(
        <p>
          {TONES.map((tone) => (
            <Badge key={tone} tone={tone} dot={tone !== 'neutral'}>
              {tone}
            </Badge>
          ))}
        </p>,
        { locale, scheme },
      );
      await expectNoAxeViolations(container);
      unmount();
    }
  });

  it('puts the dot on the reading-start side of the text', () => {
    renderWithProviders(
      <Badge tone="success" dot>
        Paid
      </Badge>,
      { locale },
    );
    const dot = mustQuery('[data-part="dot"]').getBoundingClientRect();
    const label = mustQuery('[data-part="label"]').getBoundingClientRect();
    if (locale === 'ar') expect(dot.left).toBeGreaterThan(label.left);
    else expect(dot.left).toBeLessThan(label.left);
  });
});

describe('Badge', () => {
  it('carries its meaning in text; the dot is hidden from assistive technology', () => {
    renderWithProviders(
      <Badge tone="danger" dot data-testid="badge">
        Overdue
      </Badge>,
    );
    const badge = screen.getByTestId('badge');
    expect(badge).toHaveTextContent('Overdue');
    expect(badge).toHaveAttribute('data-tone', 'danger');
    expect(badge).toHaveAttribute('data-dot');
    expect(mustQuery('[data-part="dot"]')).toHaveAttribute('aria-hidden', 'true');
  });

  it('has no dot unless asked', () => {
    renderWithProviders(<Badge>Draft</Badge>);
    expect(document.querySelector('[data-part="dot"]')).toBeNull();
  });

  it('mirrors geometrically', async () => {
    await expectMirrored(() => (
      <Badge tone="info" dot>
        Processing
      </Badge>
    ));
  });

  it('forwards ref to the <span>', () => {
    const ref = createRef<HTMLSpanElement>();
    renderWithProviders(<Badge ref={ref}>New</Badge>);
    expect(ref.current?.tagName).toBe('SPAN');
    expect(ref.current).toHaveTextContent('New');
  });

  it('accepts className and css overrides', () => {
    renderWithProviders(
      <Badge className="custom" css={{ paddingInlineStart: 30 }} data-testid="badge">
        Styled
      </Badge>,
      { locale: 'ar' },
    );
    const badge = screen.getByTestId('badge');
    expect(badge).toHaveClass('custom');
    expect(getComputedStyle(badge).paddingRight).toBe('30px');
  });

  it('a dir prop makes an LTR island in an Arabic page', () => {
    renderWithProviders(
      <Badge dir="ltr" dot data-testid="badge">
        v2.1
      </Badge>,
      { locale: 'ar' },
    );
    expect(screen.getByTestId('badge')).toHaveAttribute('dir', 'ltr');
    const dot = mustQuery('[data-part="dot"]').getBoundingClientRect();
    const label = mustQuery('[data-part="label"]').getBoundingClientRect();
    expect(dot.left).toBeLessThan(label.left);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(
      <Badge tone="warning" dot>
        Pending
      </Badge>,
    );
  });
});
