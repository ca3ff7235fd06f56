/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
  TEST_RESOURCES,
} from '../../testing';
import { Alert } from './Alert';

function uiString(locale: string, path: string): string {
  let node: unknown = TEST_RESOURCES[locale]?.['ui'];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`missing ui:${path} in ${locale}`);
  return node;
}

const TONES = ['info', 'success', 'warning', 'danger'] as const;

describe.each(['en-US', 'ar'] as const)('Alert (%s)', (locale) => {
  it('has no axe violations in every tone, with title and dismiss, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { container, unmount } = renderWithProviders(
        <div>
          {TONES.map((tone) => (
            <Alert key={tone} tone={tone} title="Heads up" dismissible>
              Message for {tone}.
            </Alert>
          ))}
          <Alert live="off">Static note</Alert>
        </div>,
        { locale, scheme },
      );
      await expectNoAxeViolations(container);
      unmount();
    }
  });

  it('uses status/alert roles, tone icons and the translated hidden tone label', () => {
    renderWithProviders(
      <div>
        {TONES.map((tone) => (
          <Alert key={tone} tone={tone} data-testid={tone}>
            Text
          </Alert>
        ))}
      </div>,
      { locale },
    );
    const icons = { info: 'info', success: 'success', warning: 'warning', danger: 'error' };
    for (const tone of TONES) {
      const alert = screen.getByTestId(tone);
      expect(alert).toHaveAttribute('role', tone === 'info' || tone === 'success' ? 'status' : 'alert');
      expect(alert).toHaveTextContent(uiString(locale, `alert.tone.${tone}`));
      expect(mustQuery('[data-part="icon"]', alert)).toHaveAttribute('data-icon', icons[tone]);
    }
  });

  it('keyboard: Tab reaches the dismiss button, Enter dismisses (uncontrolled)', async () => {
    const onOpenChange = vi.fn();
    renderWithProviders(
      <Alert tone="warning" dismissible onOpenChange={onOpenChange}>
        Session expires soon
      </Alert>,
      { locale },
    );
    await userEvent.tab();
    const dismiss = screen.getByRole('button', { name: uiString(locale, 'alert.dismiss') });
    expect(dismiss).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the icon sits at the inline start and the dismiss button at the inline end', () => {
    renderWithProviders(
      <Alert tone="info" title="Title" dismissible>
        Body
      </Alert>,
      { locale },
    );
    const icon = mustQuery('[data-part="icon"]').getBoundingClientRect();
    const content = mustQuery('[data-part="content"]').getBoundingClientRect();
    const dismiss = mustQuery('[data-part="dismiss"]').getBoundingClientRect();
    if (locale === 'ar') {
      expect(icon.left).toBeGreaterThan(content.right - 0.5);
      expect(dismiss.right).toBeLessThan(content.left + 0.5);
    } else {
      expect(icon.right).toBeLessThan(content.left + 0.5);
      expect(dismiss.left).toBeGreaterThan(content.right - 0.5);
    }
  });
});

describe('Alert', () => {
  it('live overrides the role', () => {
    renderWithProviders(
      <div>
        <Alert tone="danger" live="polite" data-testid="a">
          x
        </Alert>
        <Alert tone="info" live="assertive" data-testid="b">
          y
        </Alert>
        <Alert tone="info" live="off" data-testid="c">
          z
        </Alert>
      </div>,
    );
    expect(screen.getByTestId('a')).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('b')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('c')).not.toHaveAttribute('role');
  });

  it('controlled: stays open until the parent closes it', async () => {
    const onOpenChange = vi.fn();
    const { rerender } = renderWithProviders(
      <Alert open dismissible onOpenChange={onOpenChange}>
        Controlled
      </Alert>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('status')).toHaveTextContent('Controlled');
    rerender(
      <Alert open={false} dismissible onOpenChange={onOpenChange}>
        Controlled
      </Alert>,
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('controlled through state closes on dismiss', async () => {
    function Harness() {
      const [open, setOpen] = useState(true);
      return (
        <Alert open={open} onOpenChange={setOpen} dismissible>
          Saved
        </Alert>
      );
    }
    renderWithProviders(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('defaultOpen={false} renders nothing', () => {
    const { container } = renderWithProviders(<Alert defaultOpen={false}>Hidden</Alert>);
    expect(container.textContent).toBe('');
  });

  it('mirrors geometrically', async () => {
    await expectMirrored(() => (
      <Alert tone="success" title="Payment received" dismissible>
        The invoice is marked as paid.
      </Alert>
    ));
  });

  it('forwards ref to the root <div>', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(<Alert ref={ref}>x</Alert>);
    expect(ref.current).toBe(screen.getByRole('status'));
  });

  it('accepts className and css overrides', () => {
    renderWithProviders(
      <Alert className="custom" css={{ borderRadius: 0, paddingInlineStart: 40 }}>
        x
      </Alert>,
      { locale: 'ar' },
    );
    const alert = screen.getByRole('status');
    expect(alert).toHaveClass('custom');
    expect(getComputedStyle(alert).borderTopRightRadius).toBe('0px');
    expect(getComputedStyle(alert).paddingRight).toBe('40px');
  });

  it('a dir prop makes an LTR island in an Arabic page', () => {
    renderWithProviders(<Alert dir="ltr">LTR</Alert>, { locale: 'ar' });
    expect(screen.getByRole('status')).toHaveAttribute('dir', 'ltr');
    const icon = mustQuery('[data-part="icon"]').getBoundingClientRect();
    const content = mustQuery('[data-part="content"]').getBoundingClientRect();
    expect(icon.right).toBeLessThan(content.left + 0.5);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(
      <Alert tone="danger" title="Failed" dismissible>
        Try again.
      </Alert>,
    );
  });
});
