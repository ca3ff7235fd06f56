import { cloneElement } from 'react';
import type { MouseEvent, ReactElement } from 'react';

/** The props a dialog trigger element receives from {@link dialogTrigger}. */
export interface DialogTriggerProps {
  onClick?: ((event: MouseEvent<HTMLElement>) => void) | undefined;
  'aria-haspopup'?: 'dialog' | undefined;
  'aria-expanded'?: boolean | undefined;
}

/**
 * `trigger` wired to open a dialog, as {@link Dialog}'s `trigger` prop is: a click runs the element's own
 * `onClick` first and then, unless that called `preventDefault()`, `onOpen`; `aria-haspopup="dialog"` and
 * `aria-expanded` tell assistive technology what the button does and whether the dialog is showing.
 *
 * For a dialog that `Dialog` cannot render itself, such as one whose code loads on demand: render the
 * dialog when `open`, and the returned element as its opener.
 *
 * @example
 * {dialogTrigger(<Button>Settings…</Button>, open, () => setOpen(true))}
 */
export function dialogTrigger(
  trigger: ReactElement<DialogTriggerProps>,
  open: boolean,
  onOpen: () => void,
): ReactElement<DialogTriggerProps> {
  return cloneElement(trigger, {
    onClick: (event: MouseEvent<HTMLElement>) => {
      trigger.props.onClick?.(event);
      if (!event.defaultPrevented) onOpen();
    },
    'aria-haspopup': 'dialog',
    'aria-expanded': open,
  });
}
