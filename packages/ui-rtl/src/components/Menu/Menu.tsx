/** @jsxImportSource @emotion/react */
import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, KeyboardEvent, MouseEvent, ReactNode, Ref } from 'react';

import { useGlobalkit, useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { focusRing } from '../../styles/mixins';
import { Button } from '../Button/Button';
import type { ButtonSize, ButtonVariant } from '../Button/buttonStyles';
import { Icon } from '../Icon/Icon';
import type { IconName } from '../Icon/icons';
import { IconButton } from '../IconButton/IconButton';
import { Popover } from './Popover';
import type { PopoverPlacement } from './Popover';

/** One action of a {@link Menu}. */
export interface MenuItem {
  /** Passed to `onAction` when the item is chosen. */
  readonly value: string;
  /** Visible text. */
  readonly label: ReactNode;
  /** Text for type-ahead when `label` is not a string. @defaultValue `label` when it is a string */
  readonly textValue?: string | undefined;
  /** Shown but not activatable (still focusable, per APG). @defaultValue false */
  readonly disabled?: boolean | undefined;
  /** A registered icon before the label. @defaultValue undefined */
  readonly icon?: IconName | undefined;
  /** Destructive action styling. @defaultValue false */
  readonly danger?: boolean | undefined;
}

/** Props of {@link Menu}. */
export interface MenuProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'onToggle'> {
  /** The actions, in order. */
  items: readonly MenuItem[];
  /** Called with the chosen item's `value`. @defaultValue undefined */
  onAction?: ((value: string) => void) | undefined;
  /**
   * Visible trigger text. Without it the trigger is an icon button with the
   * `more` icon named `t('ui:menu.more')`.
   * @defaultValue undefined
   */
  label?: string | undefined;
  /** Open (controlled). @defaultValue undefined (uncontrolled) */
  open?: boolean | undefined;
  /** Initially open (uncontrolled). @defaultValue false */
  defaultOpen?: boolean | undefined;
  /** Called when the menu asks to open or close. @defaultValue undefined */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Popup alignment below the trigger (`'bottom-start'`: right-aligned in RTL). @defaultValue 'bottom-start' */
  placement?: PopoverPlacement | undefined;
  /** Trigger style. @defaultValue 'secondary' with a label, 'ghost' without */
  variant?: ButtonVariant | undefined;
  /** Trigger size. @defaultValue 'md' */
  size?: ButtonSize | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The trigger `<button>`. */
  ref?: Ref<HTMLButtonElement> | undefined;
}

type FocusTarget = 'first' | 'last';

/**
 * WAI-ARIA APG menu button: a trigger (`aria-haspopup="menu"`,
 * `aria-expanded`) opening a `role="menu"` popup through the provider's
 * Portal, below the trigger at its inline start. Items (`menuitem`) use
 * roving focus: ArrowDown/ArrowUp wrap, Home/End, type-ahead; Enter/Space
 * activate and close; Escape closes and refocuses the trigger; Tab closes
 * and moves on; a click outside closes. Parts: `menu`, `item`,
 * `item-icon`, `item-label`; state: `data-state`, `data-disabled`.
 */
export function Menu({
  items,
  onAction,
  label,
  open,
  defaultOpen = false,
  onOpenChange,
  placement = 'bottom-start',
  variant,
  size = 'md',
  dir,
  ref,
  onClick,
  onKeyDown,
  ...rest
}: MenuProps): ReactNode {
  const theme = useTheme();
  const { locale } = useGlobalkit();
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const id = useId();
  const [internalOpen, setInternalOpen] = useState(defaultOpen);
  const isOpen = open ?? internalOpen;
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const itemRefs = useRef<(HTMLDivElement | null)[]>([]);
  const focusOnOpen = useRef<FocusTarget>('first');
  const typeahead = useRef({ text: '', timer: 0 });

  const setOpen = (next: boolean) => {
    if (next === isOpen) return;
    if (open === undefined) setInternalOpen(next);
    onOpenChange?.(next);
  };

  const focusItem = (index: number) => {
    const count = items.length;
    if (count === 0) return;
    itemRefs.current[((index % count) + count) % count]?.focus();
  };
  const currentIndex = () => itemRefs.current.findIndex((item) => item === document.activeElement);

  const [menuNode, setMenuNode] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!menuNode) return;
    focusItem(focusOnOpen.current === 'first' ? 0 : items.length - 1);
    // Only when the popup appears; later item changes keep the user's focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [menuNode]);
  useEffect(() => () => window.clearTimeout(typeahead.current.timer), []);

  const openWith = (target: FocusTarget) => {
    focusOnOpen.current = target;
    if (isOpen) focusItem(target === 'first' ? 0 : items.length - 1);
    else setOpen(true);
  };

  const closeAndReturn = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  const activate = (item: MenuItem) => {
    if (item.disabled) return;
    closeAndReturn();
    onAction?.(item.value);
  };

  const handleTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openWith('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openWith('last');
    }
  };

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = currentIndex();
    const item = items[index];
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusItem(index + 1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        focusItem(index < 0 ? -1 : index - 1);
        return;
      case 'Home':
        event.preventDefault();
        focusItem(0);
        return;
      case 'End':
        event.preventDefault();
        focusItem(items.length - 1);
        return;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (item) activate(item);
        return;
      case 'Tab':
        // Focus the trigger first; the browser's own Tab then moves on from there.
        triggerRef.current?.focus();
        setOpen(false);
        return;
      default:
        break;
    }
    if (event.key.length === 1 && event.key.trim() && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const state = typeahead.current;
      window.clearTimeout(state.timer);
      state.text += event.key.toLocaleLowerCase(locale);
      state.timer = window.setTimeout(() => {
        state.text = '';
      }, 500);
      // A repeated single letter cycles through the items starting with it.
      const repeated = [...state.text].every((char) => char === state.text[0]);
      const search = repeated ? (state.text[0] ?? '') : state.text;
      const start = repeated || index < 0 ? index + 1 : index;
      for (let step = 0; step < items.length; step += 1) {
        const candidate = (start + step) % items.length;
        const text = textOf(items[candidate]).toLocaleLowerCase(locale);
        if (text.startsWith(search)) {
          focusItem(candidate);
          return;
        }
      }
    }
  };

  const setTriggerRef = (element: HTMLButtonElement | null) => {
    triggerRef.current = element;
    if (typeof ref === 'function') return ref(element);
    if (ref) ref.current = element;
    return undefined;
  };

  const triggerProps = {
    ref: setTriggerRef,
    id: `${id}-trigger`,
    dir: dir === undefined ? undefined : direction,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': isOpen,
    'aria-controls': isOpen ? `${id}-menu` : undefined,
    'data-state': isOpen ? 'open' : 'closed',
    size,
    onClick: (event: MouseEvent<HTMLButtonElement>) => {
      onClick?.(event);
      if (event.defaultPrevented) return;
      if (isOpen) setOpen(false);
      else openWith('first');
    },
    onKeyDown: handleTriggerKeyDown,
    ...rest,
  };

  return (
    <>
      {label === undefined ? (
        <IconButton icon="more" label={t('menu.more')} variant={variant ?? 'ghost'} {...triggerProps} />
      ) : (
        <Button variant={variant ?? 'secondary'} iconEnd={<Icon name="chevronDown" />} {...triggerProps}>
          {label}
        </Button>
      )}
      <Popover
        anchorRef={triggerRef}
        open={isOpen}
        onOpenChange={setOpen}
        placement={placement}
        dir={dir}
        ref={setMenuNode}
        id={`${id}-menu`}
        role="menu"
        aria-labelledby={`${id}-trigger`}
        aria-orientation="vertical"
        data-part="menu"
        onKeyDown={handleMenuKeyDown}
      >
        {items.map((item, index) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- Enter/Space are handled by the menu's roving-focus keydown
          <div
            key={item.value}
            ref={(node) => {
              itemRefs.current[index] = node;
            }}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={item.disabled || undefined}
            data-part="item"
            data-disabled={item.disabled ? '' : undefined}
            data-danger={item.danger ? '' : undefined}
            onClick={() => activate(item)}
            onPointerMove={(event) => {
              if (document.activeElement !== event.currentTarget) event.currentTarget.focus();
            }}
            css={{
              display: 'flex',
              alignItems: 'center',
              gap: theme.space.sm,
              paddingBlock: theme.space.sm,
              paddingInline: theme.space.lg,
              cursor: 'pointer',
              userSelect: 'none',
              color: theme.colors.text,
              ...focusRing(theme),
              '&:focus': { background: theme.colors.surfaceHover },
              '&:focus-visible': {
                outline: `${theme.focusRing.width} solid ${theme.colors.focusRing}`,
                outlineOffset: `-${theme.focusRing.width}`,
              },
              '&[data-danger]': { color: theme.colors.danger },
              '&[data-disabled]': { opacity: 0.55, cursor: 'not-allowed' },
            }}
          >
            {item.icon ? <Icon data-part="item-icon" name={item.icon} dir={direction} /> : null}
            <span data-part="item-label">{item.label}</span>
          </div>
        ))}
      </Popover>
    </>
  );
}

function textOf(item: MenuItem | undefined): string {
  if (!item) return '';
  return item.textValue ?? (typeof item.label === 'string' ? item.label : '');
}
