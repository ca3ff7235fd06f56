/** @jsxImportSource @emotion/react */
import { createRef, useRef, useState } from 'react';
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
import { Button } from '../Button/Button';
import { Dialog } from '../Dialog/Dialog';
import { Menu } from './Menu';
import type { MenuItem } from './Menu';
import { Popover } from './Popover';

const items: MenuItem[] = [
  { value: 'edit', label: 'Edit', icon: 'check' },
  { value: 'duplicate', label: 'Duplicate' },
  { value: 'archive', label: 'Archive', disabled: true },
  { value: 'delete', label: 'Delete', danger: true },
  { value: 'download', label: 'Download' },
];

const item = (name: string) => screen.getByRole('menuitem', { name });

describe.each(['en-US', 'ar'] as const)('Menu (%s)', (locale) => {
  it('has no axe violations (closed, open)', async () => {
    const { container } = renderWithProviders(<Menu label="Actions" items={items} />, { locale });
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Actions' }));
    await expectNoAxeViolations(container);
    await expectNoAxeViolations(mustQuery('[data-gk-portal-root]'));
  });

  it('icon-only trigger is named by ui:menu.more', () => {
    renderWithProviders(<Menu items={items} />, { locale });
    const trigger = screen.getByRole('button');
    expect(trigger).toHaveAccessibleName(locale === 'ar' ? /.+/ : 'More options');
    expect(trigger.getAttribute('aria-label')).not.toBe('menu.more');
    expect(trigger.querySelector('[data-icon="more"]')).not.toBeNull();
  });

  it('follows the APG menu button keyboard pattern', async () => {
    const onAction = vi.fn();
    renderWithProviders(
      <>
        <Menu label="Actions" items={items} onAction={onAction} />
        <Button>After</Button>
      </>,
      { locale },
    );
    const trigger = screen.getByRole('button', { name: 'Actions' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Actions' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('aria-controls', menu.id);
    expect(item('Edit')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}'); // wraps
    expect(item('Download')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(item('Edit')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(item('Download')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(item('Edit')).toHaveFocus();
    await userEvent.keyboard('d'); // type-ahead: next item starting with "d"
    expect(item('Duplicate')).toHaveFocus();
    await userEvent.keyboard('d');
    expect(item('Delete')).toHaveFocus();
    await userEvent.keyboard('d');
    expect(item('Download')).toHaveFocus();
    await userEvent.keyboard('{Home}{ArrowDown}{ArrowDown}'); // disabled items stay focusable
    expect(item('Archive')).toHaveFocus();
    expect(item('Archive')).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Enter}');
    expect(onAction).not.toHaveBeenCalled();
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onAction).toHaveBeenCalledWith('delete');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger).toHaveFocus();

    await userEvent.keyboard('{ArrowUp}'); // opens on the last item
    expect(item('Download')).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onAction).toHaveBeenLastCalledWith('download');
    expect(trigger).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    expect(item('Edit')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger).toHaveFocus();

    await userEvent.keyboard(' ');
    expect(item('Edit')).toHaveFocus();
    await userEvent.tab(); // closes and moves on from the trigger
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('places the popup below the trigger, aligned to its inline start', async () => {
    renderWithProviders(
      <div style={{ display: 'flex', justifyContent: 'center', paddingBlock: 20 }}>
        <Menu label="Actions" items={items} />
      </div>,
      { locale },
    );
    const trigger = screen.getByRole('button', { name: 'Actions' });
    await userEvent.click(trigger);
    const menu = screen.getByRole('menu').getBoundingClientRect();
    const anchor = trigger.getBoundingClientRect();
    expect(menu.top).toBeGreaterThanOrEqual(anchor.bottom);
    if (locale === 'ar') expect(Math.abs(menu.right - anchor.right)).toBeLessThanOrEqual(1);
    else expect(Math.abs(menu.left - anchor.left)).toBeLessThanOrEqual(1);
    expect(mustQuery('[data-gk-portal-root]')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    // Item icons sit on the reading-start side.
    const icon = mustQuery('[data-part="item-icon"]').getBoundingClientRect();
    const label = mustQuery('[data-part="item-label"]').getBoundingClientRect();
    if (locale === 'ar') expect(icon.left).toBeGreaterThan(label.left);
    else expect(icon.left).toBeLessThan(label.left);
  });
});

describe('Menu', () => {
  it('mirrors geometrically (trigger label and chevron)', async () => {
    await expectMirrored(() => <Menu label="Actions" items={items} />);
  });

  it('closes on a click outside without stealing focus; the trigger toggles', async () => {
    renderWithProviders(
      <>
        <Menu label="Actions" items={items} />
        <input aria-label="Elsewhere" />
      </>,
    );
    const trigger = screen.getByRole('button', { name: 'Actions' });
    await userEvent.click(trigger);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('textbox'));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('textbox')).toHaveFocus();
    await userEvent.click(trigger);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.click(trigger);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('has no axe violations in the dark scheme', async () => {
    renderWithProviders(<Menu label="Actions" items={items} defaultOpen />, { scheme: 'dark' });
    await screen.findByRole('menu');
    await expectNoAxeViolations(mustQuery('[data-gk-portal-root]'));
  });

  it('activates items by click', async () => {
    const onAction = vi.fn();
    renderWithProviders(<Menu label="Actions" items={items} onAction={onAction} />);
    await userEvent.click(screen.getByRole('button', { name: 'Actions' }));
    await userEvent.click(item('Archive'), { force: true });
    expect(onAction).not.toHaveBeenCalled();
    await userEvent.click(item('Duplicate'));
    expect(onAction).toHaveBeenCalledWith('duplicate');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('is controlled by open/onOpenChange', async () => {
    function Controlled() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <Menu label="Actions" items={items} open={open} onOpenChange={setOpen} />
          <output data-testid="state">{String(open)}</output>
        </>
      );
    }
    renderWithProviders(<Controlled />);
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    expect(item('Edit')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByTestId('state')).toHaveTextContent('false');
    const onOpenChange = vi.fn();
    renderWithProviders(<Menu label="Stuck" items={items} open onOpenChange={onOpenChange} />);
    await userEvent.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('menu', { name: 'Stuck' })).toBeInTheDocument();
  });

  it('Escape in a menu inside a Dialog closes only the menu', async () => {
    renderWithProviders(
      <Dialog title="Settings" defaultOpen>
        <Menu label="Actions" items={items} />
      </Dialog>,
    );
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Enter}'); // focus starts on the trigger (first focusable)
    expect(item('Edit')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Actions' })).toHaveFocus();
  });

  it('forwards ref, className and css to the trigger', () => {
    const ref = createRef<HTMLButtonElement>();
    renderWithProviders(
      <Menu ref={ref} label="Actions" items={items} className="custom" css={{ paddingInlineStart: 40 }} />,
      { locale: 'ar' },
    );
    const trigger = screen.getByRole('button');
    expect(ref.current).toBe(trigger);
    expect(trigger).toHaveClass('custom');
    expect(getComputedStyle(trigger).paddingRight).toBe('40px');
  });

  it('a dir prop makes an LTR island (popup left-aligned in an Arabic page)', async () => {
    renderWithProviders(
      <div style={{ display: 'flex', justifyContent: 'center' }}>
        <Menu dir="ltr" label="Actions" items={items} />
      </div>,
      { locale: 'ar' },
    );
    const trigger = screen.getByRole('button', { name: 'Actions' });
    expect(trigger).toHaveAttribute('dir', 'ltr');
    await userEvent.click(trigger);
    expect(screen.getByRole('menu')).toHaveAttribute('dir', 'ltr');
    const menu = screen.getByRole('menu').getBoundingClientRect();
    expect(Math.abs(menu.left - trigger.getBoundingClientRect().left)).toBeLessThanOrEqual(1);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(<Menu label="Actions" items={items} />);
    await expectSsrHydrates(<Menu items={items} defaultOpen />);
  });
});

describe('Popover', () => {
  function Example() {
    const anchor = useRef<HTMLButtonElement>(null);
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button ref={anchor} aria-expanded={open} onClick={() => setOpen(!open)}>
          Filters
        </Button>
        <Popover anchorRef={anchor} open={open} onOpenChange={setOpen} role="dialog" aria-label="Filters">
          <label>
            Only mine <input type="checkbox" />
          </label>
        </Popover>
        <input aria-label="Outside" />
      </>
    );
  }

  it.each(['en-US', 'ar'] as const)('is non-modal, dismissable and returns focus (%s)', async (locale) => {
    const { container } = renderWithProviders(<Example />, { locale });
    const anchor = screen.getByRole('button', { name: 'Filters' });
    await userEvent.click(anchor);
    const popover = screen.getByRole('dialog', { name: 'Filters' });
    await expectNoAxeViolations(mustQuery('[data-gk-portal-root]'));
    expect(container).not.toHaveAttribute('inert');
    const box = popover.getBoundingClientRect();
    const anchorBox = anchor.getBoundingClientRect();
    if (locale === 'ar') expect(Math.abs(box.right - anchorBox.right)).toBeLessThanOrEqual(1);
    else expect(Math.abs(box.left - anchorBox.left)).toBeLessThanOrEqual(1);
    await userEvent.click(screen.getByRole('checkbox'));
    expect(screen.getByRole('checkbox')).toBeChecked();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(anchor).toHaveFocus();
    await userEvent.click(anchor);
    await userEvent.click(screen.getByRole('textbox', { name: 'Outside' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Outside' })).toHaveFocus();
  });

  it('follows its anchor when the page reflows after opening (late font, content above)', async () => {
    function Reflowing() {
      const anchor = useRef<HTMLButtonElement>(null);
      const [spacer, setSpacer] = useState(0);
      return (
        <>
          <div style={{ blockSize: spacer }} />
          <Button ref={anchor} onClick={() => setSpacer(120)}>
            Grow
          </Button>
          <Popover anchorRef={anchor} open onOpenChange={() => undefined} role="dialog" aria-label="Details">
            Details
          </Popover>
        </>
      );
    }
    renderWithProviders(<Reflowing />);
    const anchor = screen.getByRole('button', { name: 'Grow' });
    const gap = () =>
      screen.getByRole('dialog', { name: 'Details' }).getBoundingClientRect().top -
      anchor.getBoundingClientRect().bottom;
    const before = gap();
    // No window resize or scroll happens here: only the layout above the anchor changes.
    await userEvent.click(anchor);
    await vi.waitFor(() => expect(gap()).toBeCloseTo(before, 0));
    expect(anchor.getBoundingClientRect().top).toBeGreaterThan(100);
  });
});
