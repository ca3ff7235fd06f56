/** @jsxImportSource @emotion/react */
import { createRef, useState } from 'react';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
} from '../../testing';
import { Tabs } from './Tabs';
import type { TabItem } from './Tabs';

const items: TabItem[] = [
  { value: 'overview', label: 'Overview', content: <p>Overview panel</p> },
  { value: 'billing', label: 'Billing', content: <p>Billing panel</p> },
  { value: 'legacy', label: 'Legacy', content: <p>Legacy panel</p>, disabled: true },
  { value: 'team', label: 'Team', content: <p>Team panel</p> },
];

const tab = (name: string) => screen.getByRole('tab', { name });

describe.each(['en-US', 'ar'] as const)('Tabs (%s)', (locale) => {
  const next = locale === 'ar' ? '{ArrowLeft}' : '{ArrowRight}';
  const previous = locale === 'ar' ? '{ArrowRight}' : '{ArrowLeft}';

  it('has no axe violations (first and later tab selected, manual mode)', async () => {
    const { container, unmount } = renderWithProviders(<Tabs items={items} />, { locale });
    await expectNoAxeViolations(container);
    await userEvent.click(tab('Team'));
    await expectNoAxeViolations(container);
    unmount();
    const manual = renderWithProviders(<Tabs items={items} activation="manual" defaultValue="billing" />, {
      locale,
    });
    await expectNoAxeViolations(manual.container);
  });

  it('wires roles, labels and the roving tabindex', () => {
    renderWithProviders(<Tabs items={items} />, { locale });
    const tablist = screen.getByRole('tablist');
    expect(tablist).toHaveAccessibleName(locale === 'ar' ? /.+/ : 'Sections');
    expect(tablist.getAttribute('aria-label')).not.toBe('tabs.label');
    expect(tab('Overview')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Overview')).toHaveAttribute('tabindex', '0');
    expect(tab('Billing')).toHaveAttribute('tabindex', '-1');
    const panel = screen.getByRole('tabpanel');
    expect(panel).toHaveTextContent('Overview panel');
    expect(panel).toHaveAccessibleName('Overview');
    expect(tab('Overview')).toHaveAttribute('aria-controls', panel.id);
    expect(screen.queryByText('Billing panel')).not.toBeVisible();
  });

  it('automatic activation: visual arrows move and select, skip disabled, wrap, Home/End', async () => {
    const onValueChange = vi.fn();
    renderWithProviders(<Tabs items={items} onValueChange={onValueChange} />, { locale });
    await userEvent.tab();
    expect(tab('Overview')).toHaveFocus();
    await userEvent.keyboard(next);
    expect(tab('Billing')).toHaveFocus();
    expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Billing panel');
    await userEvent.keyboard(next); // skips the disabled "Legacy"
    expect(tab('Team')).toHaveFocus();
    await userEvent.keyboard(next); // wraps
    expect(tab('Overview')).toHaveFocus();
    await userEvent.keyboard(previous); // wraps backwards
    expect(tab('Team')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(tab('Overview')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(tab('Team')).toHaveFocus();
    expect(onValueChange.mock.calls.map((call) => call[0])).toEqual([
      'billing',
      'team',
      'overview',
      'team',
      'overview',
      'team',
    ]);
    // Tab leaves the tablist for the active panel.
    await userEvent.tab();
    expect(screen.getByRole('tabpanel')).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Team panel');
  });

  it('manual activation: arrows only move focus, Enter/Space select', async () => {
    renderWithProviders(<Tabs items={items} activation="manual" />, { locale });
    await userEvent.tab();
    await userEvent.keyboard(next);
    expect(tab('Billing')).toHaveFocus();
    expect(tab('Overview')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard(next);
    await userEvent.keyboard(' ');
    expect(tab('Team')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Team panel');
  });

  it('lays tabs out in reading order (first tab at the inline start)', () => {
    renderWithProviders(<Tabs items={items} />, { locale });
    const first = tab('Overview').getBoundingClientRect();
    const second = tab('Billing').getBoundingClientRect();
    if (locale === 'ar') expect(first.left).toBeGreaterThan(second.left);
    else expect(first.left).toBeLessThan(second.left);
  });
});

describe('Tabs', () => {
  it('mirrors geometrically', async () => {
    await expectMirrored(() => <Tabs items={items} defaultValue="billing" />);
  });

  it('is controlled by value/onValueChange', async () => {
    function Controlled() {
      const [value, setValue] = useState('billing');
      return (
        <>
          <Tabs items={items} value={value} onValueChange={setValue} />
          <output data-testid="value">{value}</output>
        </>
      );
    }
    renderWithProviders(<Controlled />);
    expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(tab('Team'));
    expect(screen.getByTestId('value')).toHaveTextContent('team');
    expect(tab('Team')).toHaveAttribute('aria-selected', 'true');
  });

  it('stays put when controlled without a handler updating value', async () => {
    const onValueChange = vi.fn();
    renderWithProviders(<Tabs items={items} value="overview" onValueChange={onValueChange} />);
    await userEvent.click(tab('Team'));
    expect(onValueChange).toHaveBeenCalledWith('team');
    expect(tab('Overview')).toHaveAttribute('aria-selected', 'true');
  });

  it('ignores clicks on a disabled tab', async () => {
    const onValueChange = vi.fn();
    renderWithProviders(<Tabs items={items} onValueChange={onValueChange} />);
    await userEvent.click(tab('Legacy'), { force: true });
    expect(onValueChange).not.toHaveBeenCalled();
    expect(tab('Legacy')).toHaveAttribute('aria-disabled', 'true');
  });

  it('has no axe violations in the dark scheme', async () => {
    const { container } = renderWithProviders(<Tabs items={items} defaultValue="billing" />, {
      scheme: 'dark',
    });
    await expectNoAxeViolations(container);
  });

  it('takes a custom tablist label', () => {
    renderWithProviders(<Tabs items={items} label="Account settings" />);
    expect(screen.getByRole('tablist', { name: 'Account settings' })).toBeInTheDocument();
  });

  it('forwards ref, className and css to the root', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(
      <Tabs ref={ref} items={items} className="custom" css={{ paddingInlineStart: 40 }} />,
      {
        locale: 'ar',
      },
    );
    expect(ref.current).toBe(screen.getByRole('tablist').parentElement);
    expect(ref.current).toHaveClass('custom');
    expect(getComputedStyle(mustQuery('.custom')).paddingRight).toBe('40px');
  });

  it('a dir prop makes an LTR island inside an Arabic page (arrows follow it)', async () => {
    renderWithProviders(<Tabs dir="ltr" items={items} />, { locale: 'ar' });
    expect(screen.getByRole('tablist').parentElement).toHaveAttribute('dir', 'ltr');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    expect(tab('Billing')).toHaveFocus();
  });

  it('follows a runtime locale switch (label and arrow direction)', async () => {
    const { i18n } = renderWithProviders(<Tabs items={items} />);
    const english = screen.getByRole('tablist').getAttribute('aria-label');
    await act(async () => {
      await i18n.setLocale('ar');
    });
    expect(screen.getByRole('tablist').getAttribute('aria-label')).not.toBe(english);
    tab('Overview').focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(tab('Billing')).toHaveFocus();
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(<Tabs items={items} defaultValue="billing" />);
  });
});
