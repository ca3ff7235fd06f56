/** @jsxImportSource @emotion/react */
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { dialogTrigger } from './dialogTrigger';

describe('dialogTrigger', () => {
  it('tells assistive technology it opens a dialog, and whether it is open', () => {
    const { rerender } = render(
      dialogTrigger(<button type="button">Settings</button>, false, () => undefined),
    );
    const button = screen.getByRole('button', { name: 'Settings' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    rerender(dialogTrigger(<button type="button">Settings</button>, true, () => undefined));
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('runs the element’s own onClick first, then opens; keeps its other props', () => {
    const calls: string[] = [];
    const onOpen = vi.fn(() => calls.push('open'));
    render(
      dialogTrigger(
        <button type="button" className="mine" onClick={() => calls.push('own')}>
          Settings
        </button>,
        false,
        onOpen,
      ),
    );
    const button = screen.getByRole('button', { name: 'Settings' });
    expect(button).toHaveClass('mine');
    fireEvent.click(button);
    expect(calls).toEqual(['own', 'open']);
  });

  it('does not open when the element’s own onClick prevents the default', () => {
    const onOpen = vi.fn();
    render(
      dialogTrigger(
        <button type="button" onClick={(event) => event.preventDefault()}>
          Settings
        </button>,
        false,
        onOpen,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onOpen).not.toHaveBeenCalled();
  });
});
