/** @jsxImportSource @emotion/react */
import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, KeyboardEvent, ReactElement, ReactNode, Ref, RefObject } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { Portal } from '../../direction/Portal';
import { useUiStrings } from '../../i18n/useUiStrings';
import { Heading } from '../Heading/Heading';
import { IconButton } from '../IconButton/IconButton';
import { Text } from '../Text/Text';
import { type DialogTriggerProps, dialogTrigger } from './dialogTrigger';
import { inertOutside, lockScroll, tabbables } from './focusUtils';

/** Width of a dialog. */
export type DialogSize = 'sm' | 'md' | 'lg';

/** Props of {@link Dialog}. */
export interface DialogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title' | 'role'> {
  /** The dialog's title; it names the dialog (`aria-labelledby`). Required. */
  title: ReactNode;
  /** Optional text describing the dialog (`aria-describedby`). @defaultValue undefined */
  description?: ReactNode;
  /** Actions at the bottom (e.g. Cancel / Save buttons), end-aligned. @defaultValue undefined */
  footer?: ReactNode;
  /** Open (controlled). @defaultValue undefined (uncontrolled) */
  open?: boolean | undefined;
  /** Initially open (uncontrolled). @defaultValue false */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog asks to open or close (trigger, close button, Escape, backdrop). @defaultValue undefined */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * Uncontrolled pattern: an element (usually a Button) that opens the
   * dialog; it gets `onClick`, `aria-haspopup="dialog"` and `aria-expanded`.
   * @defaultValue undefined
   */
  trigger?: ReactElement<DialogTriggerProps> | undefined;
  /**
   * Element to focus on open.
   * @defaultValue the first focusable element of the content/footer, else the close button
   */
  initialFocus?: RefObject<HTMLElement | null> | undefined;
  /** Close on a click on the backdrop. @defaultValue true */
  closeOnBackdropClick?: boolean | undefined;
  /** Close on Escape. @defaultValue true */
  closeOnEscape?: boolean | undefined;
  /** Maximum width. @defaultValue 'md' */
  size?: DialogSize | undefined;
  /**
   * Where to portal instead of the provider's portal container (its
   * siblings become inert, not the container's).
   * @defaultValue the provider's portal container
   */
  container?: HTMLElement | null | undefined;
  /** @defaultValue the provider's direction (carried by the portal) */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `role="dialog"` element. */
  ref?: Ref<HTMLDivElement> | undefined;
}

const WIDTH: Record<DialogSize, string> = { sm: '24rem', md: '32rem', lg: '48rem' };

/**
 * A modal dialog (WAI-ARIA APG dialog pattern), portalled through the
 * provider's `Portal` so it keeps dir, lang, emotion cache and theme.
 * On open: focus moves in, Tab/Shift+Tab are trapped, the page behind is
 * `inert` and does not scroll. Escape, the close button (at the inline end
 * of the header) and the backdrop close it; focus returns to the element
 * that had it. Parts: `backdrop`, `dialog`, `header`, `title`, `close`,
 * `description`, `body`, `footer`; state: `data-state="open"`, `data-size`.
 */
export function Dialog({
  title,
  description,
  footer,
  open,
  defaultOpen = false,
  onOpenChange,
  trigger,
  initialFocus,
  closeOnBackdropClick = true,
  closeOnEscape = true,
  size = 'md',
  container,
  dir,
  ref,
  children,
  onKeyDown,
  ...rest
}: DialogProps): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const id = useId();
  const [internalOpen, setInternalOpen] = useState(defaultOpen);
  const isOpen = open ?? internalOpen;
  const [node, setNode] = useState<HTMLDivElement | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  const setOpen = (next: boolean) => {
    if (open === undefined) setInternalOpen(next);
    onOpenChange?.(next);
  };

  useEffect(() => {
    if (!node) return undefined;
    const opener = document.activeElement;
    const unlock = lockScroll();
    const restoreInert = inertOutside(node.closest('[data-gk-portal-root]') ?? node);
    const target =
      initialFocus?.current ??
      tabbables(node).find((element) => element !== closeRef.current) ??
      closeRef.current;
    (target ?? node).focus();
    return () => {
      restoreInert();
      unlock();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [node, initialFocus]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && closeOnEscape) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      return;
    }
    if (event.key !== 'Tab') return;
    const focusables = tabbables(event.currentTarget);
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === event.currentTarget)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const setRefs = (element: HTMLDivElement | null) => {
    setNode(element);
    if (typeof ref === 'function') return ref(element);
    if (ref) ref.current = element;
    return undefined;
  };

  // Dims the page: dark text over a light page, the dark surface over a dark one.
  const scrim =
    theme.scheme === 'dark'
      ? `color-mix(in srgb, ${theme.colors.surface} 80%, transparent)`
      : `color-mix(in srgb, ${theme.colors.text} 55%, transparent)`;

  return (
    <>
      {trigger ? dialogTrigger(trigger, isOpen, () => setOpen(true)) : null}
      {isOpen ? (
        <Portal container={container}>
          {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- a pointer shortcut; Escape is the keyboard equivalent */}
          <div
            data-part="backdrop"
            data-state="open"
            onMouseDown={(event) => {
              // Keep focus inside the dialog when the backdrop is pressed.
              if (event.target === event.currentTarget) event.preventDefault();
            }}
            onClick={(event) => {
              if (closeOnBackdropClick && event.target === event.currentTarget) setOpen(false);
            }}
            css={{
              position: 'fixed',
              insetBlock: 0,
              insetInline: 0,
              zIndex: 1000,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              padding: theme.space.lg,
              // background-color, not the background shorthand: a percentage in `background`
              // sends the rule through cssjanus in RTL (rtlPlugin.ts), which would compile it
              // for nothing: it only mirrors background *positions*.
              backgroundColor: scrim,
            }}
          >
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- APG dialog: Escape and the Tab trap live on the dialog */}
            <div
              ref={setRefs}
              role="dialog"
              aria-modal="true"
              aria-labelledby={`${id}-title`}
              aria-describedby={description === undefined ? undefined : `${id}-description`}
              tabIndex={-1}
              dir={dir === undefined ? undefined : direction}
              data-part="dialog"
              data-state="open"
              data-size={size}
              onKeyDown={handleKeyDown}
              css={{
                display: 'flex',
                flexDirection: 'column',
                gap: theme.space.lg,
                inlineSize: '100%',
                maxInlineSize: WIDTH[size],
                maxBlockSize: '100%',
                overflow: 'auto',
                padding: theme.space.xl,
                color: theme.colors.text,
                background: theme.colors.surface,
                borderRadius: theme.radii.lg,
                boxShadow: theme.elevation.lg,
                outline: 'none',
              }}
              {...rest}
            >
              <div
                data-part="header"
                css={{ display: 'flex', alignItems: 'flex-start', gap: theme.space.md }}
              >
                <Heading id={`${id}-title`} level={2} size="xl" data-part="title" css={{ flex: 1 }}>
                  {title}
                </Heading>
                <IconButton
                  ref={closeRef}
                  icon="close"
                  label={t('dialog.close')}
                  size="sm"
                  data-part="close"
                  onClick={() => setOpen(false)}
                />
              </div>
              {description === undefined ? null : (
                <Text
                  as="p"
                  id={`${id}-description`}
                  tone="muted"
                  data-part="description"
                  css={{ margin: 0 }}
                >
                  {description}
                </Text>
              )}
              <div data-part="body" css={{ display: 'flex', flexDirection: 'column', gap: theme.space.md }}>
                {children}
              </div>
              {footer === undefined ? null : (
                <div
                  data-part="footer"
                  css={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: theme.space.sm }}
                >
                  {footer}
                </div>
              )}
            </div>
          </div>
        </Portal>
      ) : null}
    </>
  );
}
