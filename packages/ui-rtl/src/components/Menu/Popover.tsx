/** @jsxImportSource @emotion/react */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type {
  ComponentPropsWithoutRef,
  CSSProperties,
  KeyboardEvent,
  ReactNode,
  Ref,
  RefObject,
} from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { Portal } from '../../direction/Portal';

/** Where a popover sits relative to its anchor: below, aligned to the anchor's inline start or end. */
export type PopoverPlacement = 'bottom-start' | 'bottom-end';

/** Props of {@link Popover}. */
export interface PopoverProps extends ComponentPropsWithoutRef<'div'> {
  /** The element the popover is anchored to (usually the button that opened it). */
  anchorRef: RefObject<HTMLElement | null>;
  /** Shown or not (the popover is controlled; its owner keeps the state). */
  open: boolean;
  /** Called with `false` on Escape or a press outside popover and anchor. */
  onOpenChange: (open: boolean) => void;
  /**
   * Alignment below the anchor. `'bottom-start'` lines up the inline-start
   * edges (left edges in LTR, right edges in RTL).
   * @defaultValue 'bottom-start'
   */
  placement?: PopoverPlacement | undefined;
  /** Move focus back to the anchor when Escape closes it. @defaultValue true */
  restoreFocus?: boolean | undefined;
  /** @defaultValue the provider's direction (carried by the portal) */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The popover element. */
  ref?: Ref<HTMLDivElement> | undefined;
}

interface Position {
  readonly top: number;
  readonly side: 'left' | 'right';
  readonly offset: number;
  readonly maxHeight: number;
}

const GAP = 4;

/**
 * A non-modal floating surface anchored below an element, rendered through
 * the provider's `Portal` (keeps dir, lang, theme). Dismissed by Escape
 * (focus returns to the anchor) or a press outside; it does not trap focus.
 * Part: `popover`; state: `data-state="open"`, `data-placement`.
 */
export function Popover({
  anchorRef,
  open,
  onOpenChange,
  placement = 'bottom-start',
  restoreFocus = true,
  dir,
  ref,
  onKeyDown,
  style,
  children,
  ...rest
}: PopoverProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  const [position, setPosition] = useState<Position | null>(null);
  const popoverRef = useRef<HTMLDivElement | null>(null);
  const onOpenChangeRef = useRef(onOpenChange);
  useLayoutEffect(() => {
    onOpenChangeRef.current = onOpenChange;
  });

  useLayoutEffect(() => {
    if (!open) return undefined;
    let last = '';
    const update = () => {
      const anchor = anchorRef.current;
      if (!anchor) return;
      const rect = anchor.getBoundingClientRect();
      const viewportWidth = document.documentElement.clientWidth;
      const key = `${rect.left},${rect.right},${rect.bottom},${viewportWidth},${window.innerHeight}`;
      if (key === last) return;
      last = key;
      // Physical sides on purpose: inline styles skip the RTL cache, and the side depends on the direction.
      const alignRight = (placement === 'bottom-start') === (direction === 'rtl');
      setPosition({
        top: rect.bottom + GAP,
        side: alignRight ? 'right' : 'left',
        offset: alignRight ? viewportWidth - rect.right : rect.left,
        maxHeight: Math.max(window.innerHeight - rect.bottom - 2 * GAP, 120),
      });
    };
    update();
    // The anchor can move after opening without any event we could listen
    // to: a web font arrives, content above it grows, a transition runs.
    // One rect read per frame while open (state changes only on a move) is
    // the price of never pointing at where the anchor used to be.
    let frame = requestAnimationFrame(function follow() {
      update();
      frame = requestAnimationFrame(follow);
    });
    return () => cancelAnimationFrame(frame);
  }, [open, anchorRef, placement, direction]);

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!target || popoverRef.current?.contains(target) || anchorRef.current?.contains(target)) return;
      onOpenChangeRef.current(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, anchorRef]);

  if (!open) return null;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.key !== 'Escape') return;
    event.preventDefault();
    // Escape belongs to the innermost layer: an enclosing Dialog must not close too.
    event.stopPropagation();
    onOpenChange(false);
    if (restoreFocus) anchorRef.current?.focus();
  };

  const setRefs = (element: HTMLDivElement | null) => {
    popoverRef.current = element;
    if (typeof ref === 'function') return ref(element);
    if (ref) ref.current = element;
    return undefined;
  };

  const placementStyle: CSSProperties = position
    ? { top: position.top, [position.side]: position.offset, maxHeight: position.maxHeight }
    : { visibility: 'hidden' };

  return (
    <Portal>
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- the caller gives the role (menu, dialog, listbox); Escape works for all */}
      <div
        ref={setRefs}
        dir={dir === undefined ? undefined : direction}
        data-part="popover"
        data-state="open"
        data-placement={placement}
        onKeyDown={handleKeyDown}
        style={{ ...placementStyle, ...style }}
        css={{
          position: 'fixed',
          zIndex: 1100,
          minInlineSize: '10rem',
          maxInlineSize: 'min(20rem, calc(100vw - 1rem))',
          overflowY: 'auto',
          paddingBlock: theme.space.xs,
          color: theme.colors.text,
          background: theme.colors.surface,
          border: `1px solid ${theme.colors.border}`,
          borderRadius: theme.radii.md,
          boxShadow: theme.elevation.md,
        }}
        {...rest}
      >
        {children}
      </div>
    </Portal>
  );
}
