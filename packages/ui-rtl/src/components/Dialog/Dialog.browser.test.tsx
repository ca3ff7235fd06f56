/** @jsxImportSource @emotion/react */
import { createRef, useRef, useState } from 'react';
import type { ReactNode } from 'react';
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
import { Dialog } from './Dialog';
import type { DialogProps } from './Dialog';

function Example(props: Partial<DialogProps>) {
  return (
    <Dialog
      title="Rename file"
      description="Choose a new name."
      trigger={<Button>Rename</Button>}
      footer={
        <>
          <Button variant="secondary">Cancel</Button>
          <Button>Save</Button>
        </>
      }
      {...props}
    >
      <label>
        Name <input defaultValue="report.pdf" />
      </label>
    </Dialog>
  );
}

const closeName = (locale: string) => (locale === 'ar' ? /.+/ : 'Close dialog');

async function openExample(locale: 'en-US' | 'ar', props: Partial<DialogProps> = {}) {
  const result = renderWithProviders(
    <>
      <Button>Before</Button>
      <Example {...props} />
    </>,
    { locale },
  );
  await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
  return { ...result, dialog: screen.getByRole('dialog') };
}

describe.each(['en-US', 'ar'] as const)('Dialog (%s)', (locale) => {
  it('has no axe violations (closed, open)', async () => {
    const { container } = renderWithProviders(<Example />, { locale });
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await expectNoAxeViolations(mustQuery('[data-gk-portal-root]'));
  });

  it('is a labelled, described modal dialog in a portal that carries the provider dir/lang', async () => {
    const { dialog } = await openExample(locale);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName('Rename file');
    expect(dialog).toHaveAccessibleDescription('Choose a new name.');
    const portalRoot = mustQuery('[data-gk-portal-root]');
    expect(portalRoot.contains(dialog)).toBe(true);
    expect(portalRoot).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    expect(portalRoot).toHaveAttribute('lang', locale);
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveAttribute('aria-haspopup', 'dialog');
    const close = mustQuery('[data-part="close"]', dialog);
    expect(close).toHaveAccessibleName(closeName(locale));
    expect(close.getAttribute('aria-label')).not.toBe('dialog.close');
  });

  it('moves focus in, traps Tab/Shift+Tab, closes on Escape and restores focus', async () => {
    const onOpenChange = vi.fn();
    const { dialog } = await openExample(locale, { onOpenChange });
    const input = screen.getByRole('textbox', { name: 'Name' });
    const close = mustQuery('[data-part="close"]', dialog);
    expect(input).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.tab(); // wraps to the first focusable (the close button)
    expect(close).toHaveFocus();
    await userEvent.tab({ shift: true }); // and back
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('puts the close button at the inline end of the header', async () => {
    const { dialog } = await openExample(locale);
    const close = mustQuery('[data-part="close"]', dialog).getBoundingClientRect();
    const title = mustQuery('[data-part="title"]', dialog).getBoundingClientRect();
    if (locale === 'ar') expect(close.right).toBeLessThanOrEqual(title.left);
    else expect(close.left).toBeGreaterThanOrEqual(title.right);
  });

  it('makes the page behind inert and locks scroll while open', async () => {
    const { container } = await openExample(locale);
    expect(container).toHaveAttribute('inert');
    expect(document.documentElement.style.overflow).toBe('hidden');
    await userEvent.click(mustQuery('[data-part="close"]'));
    expect(container).not.toHaveAttribute('inert');
    expect(document.documentElement.style.overflow).toBe('');
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
  });
});

/** Portals into a box that contains fixed children, so the mirror check can measure the dialog. */
function InPlace({ children }: { children: (container: HTMLElement) => ReactNode }) {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  return (
    <div ref={setElement} style={{ contain: 'layout', width: 480, height: 420 }}>
      {element ? children(element) : null}
    </div>
  );
}

describe('Dialog', () => {
  it('mirrors geometrically (close button swaps sides, footer actions at the end)', async () => {
    await expectMirrored(() => (
      <InPlace>
        {(container) => (
          <Example container={container} defaultOpen trigger={undefined} description="Short." />
        )}
      </InPlace>
    ));
  });

  it('closes on a backdrop click, unless disabled', async () => {
    const { unmount } = await openExample('en-US');
    await userEvent.click(mustQuery('[data-part="backdrop"]'), { position: { x: 5, y: 5 } });
    expect(screen.queryByRole('dialog')).toBeNull();
    unmount();
    await openExample('en-US', { closeOnBackdropClick: false });
    await userEvent.click(mustQuery('[data-part="backdrop"]'), { position: { x: 5, y: 5 } });
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('textbox'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('has no axe violations in the dark scheme', async () => {
    renderWithProviders(<Example defaultOpen />, { scheme: 'dark' });
    await screen.findByRole('dialog');
    await expectNoAxeViolations(mustQuery('[data-gk-portal-root]'));
  });

  it('focuses the initialFocus element', async () => {
    function WithInitial() {
      const save = useRef<HTMLButtonElement>(null);
      return <Example initialFocus={save} footer={<Button ref={save}>Save</Button>} />;
    }
    renderWithProviders(<WithInitial />);
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('falls back to the close button when there is nothing else to focus', async () => {
    renderWithProviders(
      <Dialog title="Notice" defaultOpen>
        <p>Saved.</p>
      </Dialog>,
    );
    expect(await screen.findByRole('dialog', { name: 'Notice' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close dialog' })).toHaveFocus();
    expect(screen.getByRole('dialog')).not.toHaveAttribute('aria-describedby');
  });

  it('is controlled by open/onOpenChange', async () => {
    function Controlled() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <Button onClick={() => setOpen(true)}>Open</Button>
          <Dialog title="Controlled" open={open} onOpenChange={setOpen}>
            <input aria-label="Field" />
          </Dialog>
        </>
      );
    }
    renderWithProviders(<Controlled />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog', { name: 'Controlled' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();

    const onOpenChange = vi.fn();
    renderWithProviders(
      <Dialog title="Stuck" open onOpenChange={onOpenChange}>
        x
      </Dialog>,
    );
    await screen.findByRole('dialog', { name: 'Stuck' });
    await userEvent.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('dialog', { name: 'Stuck' })).toBeInTheDocument();
  });

  it('does not close on Escape when closeOnEscape is false', async () => {
    await openExample('en-US', { closeOnEscape: false });
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('forwards ref, className and css to the dialog element', async () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(
      <Dialog ref={ref} title="Styled" defaultOpen className="custom" css={{ paddingInlineStart: 40 }}>
        x
      </Dialog>,
      { locale: 'ar' },
    );
    const dialog = await screen.findByRole('dialog');
    expect(ref.current).toBe(dialog);
    expect(dialog).toHaveClass('custom');
    expect(getComputedStyle(dialog).paddingRight).toBe('40px');
  });

  it('a dir prop overrides the provider', async () => {
    renderWithProviders(
      <Dialog dir="ltr" title="Island" defaultOpen>
        x
      </Dialog>,
      { locale: 'ar' },
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAttribute('dir', 'ltr');
    const close = mustQuery('[data-part="close"]', dialog).getBoundingClientRect();
    const title = mustQuery('[data-part="title"]', dialog).getBoundingClientRect();
    expect(close.left).toBeGreaterThanOrEqual(title.right);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(<Example />);
    await expectSsrHydrates(<Example defaultOpen />);
  });
});
