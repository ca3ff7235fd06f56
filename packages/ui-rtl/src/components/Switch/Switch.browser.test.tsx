/** @jsxImportSource @emotion/react */
import { createRef, useState } from 'react';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
} from '../../testing';
import { Switch } from './Switch';

/** Thumb center relative to the track center: negative = left, positive = right. */
function thumbOffset(): number {
  const track = mustQuery('[data-part="track"]').getBoundingClientRect();
  const thumb = mustQuery('[data-part="thumb"]').getBoundingClientRect();
  return thumb.left + thumb.width / 2 - (track.left + track.width / 2);
}

describe.each(['en-US', 'ar'] as const)('Switch (%s)', (locale) => {
  it('has no axe violations: off, on, disabled, with description', async () => {
    const { container } = renderWithProviders(
      <div>
        <Switch label="Wi-Fi" />
        <Switch label="Bluetooth" defaultChecked />
        <Switch label="Airplane" disabled />
        <Switch label="Sync" description="Uses mobile data" defaultChecked />
      </div>,
      { locale },
    );
    await expectNoAxeViolations(container);
  });

  it('is keyboard operable: Tab focuses, Space and Enter toggle', async () => {
    const onCheckedChange = vi.fn();
    renderWithProviders(<Switch label="Wi-Fi" onCheckedChange={onCheckedChange} />, { locale });
    await userEvent.tab();
    const control = screen.getByRole('switch', { name: 'Wi-Fi' });
    expect(control).toHaveFocus();
    expect(control).toHaveAttribute('aria-checked', 'false');
    await userEvent.keyboard(' ');
    expect(control).toHaveAttribute('aria-checked', 'true');
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard('{Enter}');
    expect(control).toHaveAttribute('aria-checked', 'false');
    expect(onCheckedChange).toHaveBeenLastCalledWith(false);
  });

  it('the thumb moves toward the inline end when on (left in RTL)', async () => {
    renderWithProviders(<Switch label="Wi-Fi" />, { locale });
    const off = thumbOffset();
    await userEvent.click(screen.getByRole('switch'));
    expect(screen.getByRole('switch')).toHaveAttribute('data-checked');
    // The thumb slides (motion is allowed here): poll until it settles.
    if (locale === 'ar') {
      expect(off).toBeGreaterThan(4);
      await expect.poll(thumbOffset).toBeLessThan(-4);
    } else {
      expect(off).toBeLessThan(-4);
      await expect.poll(thumbOffset).toBeGreaterThan(4);
    }
  });

  it.each(['16px', '22px'])(
    'centres the track on the label’s first line at a %s font, whatever the browser’s control font',
    (fontSize) => {
      renderWithProviders(
        <div style={{ fontSize }}>
          <Switch label="Wi-Fi" description="Uses mobile data" />
        </div>,
        { locale },
      );
      const track = mustQuery('[data-part="track"]').getBoundingClientRect();
      const label = mustQuery('[data-part="label"]');
      const line = Number.parseFloat(getComputedStyle(label).lineHeight);
      const labelTop = label.getBoundingClientRect().top;
      expect(track.top + track.height / 2).toBeCloseTo(labelTop + line / 2, 0);
    },
  );

  it('clicking the label toggles', async () => {
    renderWithProviders(<Switch label="Dark mode" />, { locale });
    await userEvent.click(mustQuery('[data-part="label"]'));
    expect(screen.getByRole('switch', { name: 'Dark mode' })).toBeChecked();
  });
});

describe('Switch', () => {
  it('mirrors geometrically, off and on', async () => {
    await expectMirrored(() => <Switch label="Wi-Fi" description="Saves battery" />);
    await expectMirrored(() => <Switch label="Wi-Fi" defaultChecked />);
  });

  it('controlled: follows the prop', async () => {
    function Controlled() {
      const [on, setOn] = useState(true);
      return (
        <>
          <Switch label="Sync" checked={on} onCheckedChange={setOn} />
          <output>{String(on)}</output>
        </>
      );
    }
    renderWithProviders(<Controlled />);
    await userEvent.click(screen.getByRole('switch', { name: 'Sync' }));
    expect(screen.getByRole('switch')).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('false');
  });

  it('disabled: not toggled', async () => {
    const onCheckedChange = vi.fn();
    renderWithProviders(<Switch label="Off" disabled onCheckedChange={onCheckedChange} />);
    const control = screen.getByRole('switch', { name: 'Off' });
    expect(control).toBeDisabled();
    mustQuery('[data-part="label"]').click();
    control.click();
    expect(onCheckedChange).not.toHaveBeenCalled();
    expect(control).not.toBeChecked();
  });

  it('the description describes the switch', () => {
    renderWithProviders(<Switch label="Sync" description="Uses mobile data" />);
    expect(screen.getByRole('switch', { name: 'Sync' })).toHaveAccessibleDescription('Uses mobile data');
  });

  it('forwards ref to the <button> and other props to it', () => {
    const ref = createRef<HTMLButtonElement>();
    renderWithProviders(<Switch ref={ref} label="Ref" title="Toggle" />);
    expect(ref.current).toBe(screen.getByRole('switch'));
    expect(ref.current).toHaveAttribute('title', 'Toggle');
    expect(ref.current?.type).toBe('button');
  });

  it('submits name=value with a form only while on', async () => {
    renderWithProviders(
      <form aria-label="Settings">
        <Switch label="Newsletter" name="newsletter" value="yes" />
      </form>,
    );
    const form = screen.getByRole<HTMLFormElement>('form');
    expect(new FormData(form).get('newsletter')).toBeNull();
    await userEvent.click(screen.getByRole('switch'));
    expect(new FormData(form).get('newsletter')).toBe('yes');
  });

  it('accepts className and css overrides on the root', () => {
    renderWithProviders(<Switch label="Styled" className="custom" css={{ paddingInlineStart: 40 }} />, {
      locale: 'ar',
    });
    const root = mustQuery('[data-part="root"]');
    expect(root).toHaveClass('custom');
    expect(getComputedStyle(root).paddingRight).toBe('40px');
  });

  it('a dir prop overrides the provider (thumb goes right when on)', () => {
    renderWithProviders(<Switch dir="ltr" label="LTR" defaultChecked />, { locale: 'ar' });
    expect(mustQuery('[data-part="root"]')).toHaveAttribute('dir', 'ltr');
    expect(thumbOffset()).toBeGreaterThan(4);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(<Switch label="Wi-Fi" description="Saves battery" defaultChecked />);
  });
});
