/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';

import {
  mustQuery,
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  renderWithProviders,
} from '../../testing';
import { Icon } from './Icon';
import { ICON_NAMES, ICONS } from './icons';

const DIRECTIONAL = [
  'arrowBack',
  'arrowForward',
  'chevronStart',
  'chevronEnd',
  'undo',
  'redo',
  'send',
  'externalLink',
];

describe.each(['en-US', 'ar'] as const)('Icon (%s)', (locale) => {
  it('flips exactly the directional icons in RTL via scaleX(-1)', () => {
    renderWithProviders(
      <div>
        {ICON_NAMES.map((name) => (
          <Icon key={name} name={name} />
        ))}
      </div>,
      { locale },
    );
    for (const name of ICON_NAMES) {
      const svg = mustQuery(`[data-icon="${name}"]`);
      const shouldFlip = locale === 'ar' && ICONS[name].mirror === 'rtl';
      expect(svg.hasAttribute('data-mirrored'), name).toBe(shouldFlip);
      expect(getComputedStyle(svg).transform, name).toBe(shouldFlip ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
    }
  });

  it('has no axe violations, decorative or labelled', async () => {
    const { container } = renderWithProviders(
      <p>
        <Icon name="info" /> <Icon name="send" labelled /> <Icon name="globe" label="Custom" />
      </p>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });
});

describe('Icon', () => {
  it('registers the policy from the design (directional vs not)', () => {
    expect(ICON_NAMES.filter((name) => ICONS[name].mirror === 'rtl').sort()).toEqual([...DIRECTIONAL].sort());
  });

  it('is decorative by default', () => {
    renderWithProviders(<Icon name="check" data-testid="icon" />);
    const icon = screen.getByTestId('icon');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon).not.toHaveAttribute('role');
  });

  it('labelled uses the translated ui:icon.* string; label overrides it', () => {
    renderWithProviders(
      <>
        <Icon name="arrowBack" labelled />
        <Icon name="warning" label="Careful" />
      </>,
    );
    expect(screen.getByRole('img', { name: 'Back' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Careful' })).toBeInTheDocument();
  });

  it('labelled follows the locale (Arabic strings)', () => {
    renderWithProviders(<Icon name="arrowBack" labelled data-testid="icon" />, { locale: 'ar' });
    const name = screen.getByTestId('icon').getAttribute('aria-label');
    expect(name).toBeTruthy();
    expect(name).not.toBe('Back');
  });

  it('forwards ref to the <svg>', () => {
    const ref = createRef<SVGSVGElement>();
    renderWithProviders(<Icon name="clock" ref={ref} />);
    expect(ref.current?.tagName.toLowerCase()).toBe('svg');
  });

  it('a dir prop overrides the provider', () => {
    renderWithProviders(<Icon name="chevronEnd" dir="ltr" data-testid="icon" />, { locale: 'ar' });
    expect(screen.getByTestId('icon')).not.toHaveAttribute('data-mirrored');
  });

  it('mirrors its position in a row', async () => {
    await expectMirrored(() => (
      <div css={{ display: 'flex', gap: 8 }}>
        <Icon name="arrowBack" data-part="icon" />
        <Icon name="search" data-part="icon" />
      </div>
    ));
  });

  it('hydrates without mismatch', async () => {
    await expectSsrHydrates(<Icon name="send" labelled />);
  });
});
