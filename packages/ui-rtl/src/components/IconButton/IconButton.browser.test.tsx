/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  mustQuery,
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  renderWithProviders,
} from '../../testing';
import { IconButton } from './IconButton';

describe.each(['en-US', 'ar'] as const)('IconButton (%s)', (locale) => {
  it('is named by its label and has no axe violations', async () => {
    const { container } = renderWithProviders(
      <div>
        <IconButton icon="close" label="Close dialog" />
        <IconButton icon="send" label="Send" variant="primary" />
        <IconButton icon="undo" label="Undo" loading />
      </div>,
      { locale },
    );
    expect(screen.getByRole('button', { name: 'Close dialog' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('mirrors a directional icon only in RTL', () => {
    renderWithProviders(<IconButton icon="chevronEnd" label="Next" />, { locale });
    expect(mustQuery('[data-icon="chevronEnd"]').hasAttribute('data-mirrored')).toBe(locale === 'ar');
  });
});

describe('IconButton', () => {
  it('works by keyboard', async () => {
    const onClick = vi.fn();
    renderWithProviders(<IconButton icon="search" label="Search" onClick={onClick} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('throws a clear error without a label', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderWithProviders(<IconButton icon="search" label=" " />)).toThrow(/non-empty `label`/);
    spy.mockRestore();
  });

  it('forwards ref, className and css', () => {
    const ref = createRef<HTMLButtonElement>();
    renderWithProviders(
      <IconButton ref={ref} icon="close" label="Close" className="x" css={{ borderRadius: 0 }} />,
    );
    expect(ref.current).toBe(screen.getByRole('button'));
    expect(ref.current).toHaveClass('x');
    expect(getComputedStyle(ref.current as Element).borderTopLeftRadius).toBe('0px');
  });

  it('mirrors its placement', async () => {
    await expectMirrored(() => <IconButton icon="arrowBack" label="Back" />);
  });

  it('hydrates without mismatch', async () => {
    await expectSsrHydrates(<IconButton icon="globe" label="Language" />);
  });
});
