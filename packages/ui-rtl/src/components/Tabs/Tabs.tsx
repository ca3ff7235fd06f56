/** @jsxImportSource @emotion/react */
import { useId, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, KeyboardEvent, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { focusRing, motionSafe } from '../../styles/mixins';

/** One tab and its panel. */
export interface TabItem {
  /** Unique value identifying the tab (what `value`/`onValueChange` speak). */
  readonly value: string;
  /** The tab's visible label (its accessible name). */
  readonly label: ReactNode;
  /** The panel's content. */
  readonly content: ReactNode;
  /** Not selectable; skipped by arrow keys. @defaultValue false */
  readonly disabled?: boolean | undefined;
}

/** Props of {@link Tabs}. */
export interface TabsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onChange'> {
  /** The tabs, in reading order. */
  items: readonly TabItem[];
  /** Selected tab (controlled). @defaultValue undefined (uncontrolled) */
  value?: string | undefined;
  /** Initially selected tab (uncontrolled). @defaultValue the first enabled tab */
  defaultValue?: string | undefined;
  /** Called with the newly selected tab's value. @defaultValue undefined */
  onValueChange?: ((value: string) => void) | undefined;
  /**
   * `'automatic'`: arrow keys select as they move focus (APG default, for
   * panels that render instantly). `'manual'`: arrows only move focus,
   * Enter/Space select (for panels that are slow to show).
   * @defaultValue 'automatic'
   */
  activation?: 'automatic' | 'manual' | undefined;
  /** Accessible name of the tablist. @defaultValue t('ui:tabs.label') */
  label?: string | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The root `<div>`. */
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * WAI-ARIA APG tabs: `tablist`/`tab`/`tabpanel` with a roving tabindex.
 * ArrowLeft/ArrowRight follow the visual direction (in RTL ArrowLeft moves to
 * the next tab), Home/End jump to the first/last enabled tab, focus wraps.
 * Parts: `tablist`, `tab`, `panel`; state: `data-state="active|inactive"`,
 * `data-disabled`, root `data-activation`.
 */
export function Tabs({
  items,
  value,
  defaultValue,
  onValueChange,
  activation = 'automatic',
  label,
  dir,
  ref,
  ...rest
}: TabsProps): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const baseId = useId();
  const firstEnabled = items.find((item) => !item.disabled)?.value;
  const [internal, setInternal] = useState(defaultValue ?? firstEnabled);
  const selected = value ?? internal;
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  // The tab in the tab sequence: the selected one, or the first enabled when none matches.
  const tabStop = items.some((item) => item.value === selected && !item.disabled) ? selected : firstEnabled;

  const select = (next: string) => {
    if (next === selected) return;
    if (value === undefined) setInternal(next);
    onValueChange?.(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const enabled = items.filter((item) => !item.disabled);
    if (enabled.length === 0) return;
    const current = enabled.findIndex((item) => tabRefs.current.get(item.value) === document.activeElement);
    const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let index: number;
    if (event.key === forward) index = (current + 1) % enabled.length;
    else if (event.key === backward) index = (current - 1 + enabled.length) % enabled.length;
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = enabled.length - 1;
    else return;
    event.preventDefault();
    const target = enabled[index];
    if (!target) return;
    tabRefs.current.get(target.value)?.focus();
    if (activation === 'automatic') select(target.value);
  };

  return (
    <div
      ref={ref}
      dir={dir === undefined ? undefined : direction}
      data-activation={activation}
      css={{ display: 'flex', flexDirection: 'column', gap: theme.space.md }}
      {...rest}
    >
      {/* eslint-disable-next-line jsx-a11y/interactive-supports-focus -- APG: focus lives on the tabs (roving tabindex); keys are delegated here */}
      <div
        role="tablist"
        aria-label={label ?? t('tabs.label')}
        aria-orientation="horizontal"
        data-part="tablist"
        onKeyDown={onKeyDown}
        css={{
          display: 'flex',
          gap: theme.space.xs,
          borderBlockEnd: `1px solid ${theme.colors.border}`,
          overflowX: 'auto',
        }}
      >
        {items.map((item) => {
          const active = item.value === selected;
          return (
            <button
              key={item.value}
              ref={(node) => {
                if (node) tabRefs.current.set(item.value, node);
                else tabRefs.current.delete(item.value);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${item.value}`}
              aria-selected={active}
              aria-controls={`${baseId}-panel-${item.value}`}
              aria-disabled={item.disabled || undefined}
              tabIndex={item.value === tabStop ? 0 : -1}
              data-part="tab"
              data-state={active ? 'active' : 'inactive'}
              data-disabled={item.disabled ? '' : undefined}
              onClick={() => {
                if (!item.disabled) select(item.value);
              }}
              css={{
                flexShrink: 0,
                paddingBlock: theme.space.sm,
                paddingInline: theme.space.lg,
                marginBlockEnd: '-1px',
                fontFamily: 'inherit',
                fontSize: theme.fontSizes.md,
                fontWeight: theme.fontWeights.medium,
                lineHeight: 1.25,
                color: theme.colors.textMuted,
                background: 'transparent',
                border: 'none',
                borderBlockEnd: '3px solid transparent',
                borderStartStartRadius: theme.radii.sm,
                borderStartEndRadius: theme.radii.sm,
                cursor: 'pointer',
                whiteSpace: 'nowrap',
                ...motionSafe({
                  transition: `border-color ${theme.motion.duration.fast} ${theme.motion.easing.standard}`,
                }),
                ...focusRing(theme),
                '&:hover:not([data-disabled])': {
                  background: theme.colors.surfaceHover,
                  color: theme.colors.text,
                },
                '&[data-state="active"]': {
                  color: theme.colors.text,
                  borderBlockEndColor: theme.colors.primary,
                },
                '&[data-disabled]': { opacity: 0.55, cursor: 'not-allowed' },
              }}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items.map((item) => (
        <div
          key={item.value}
          role="tabpanel"
          id={`${baseId}-panel-${item.value}`}
          aria-labelledby={`${baseId}-tab-${item.value}`}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- APG: the panel is focusable so Tab reaches content without focusables
          tabIndex={0}
          hidden={item.value !== selected}
          data-part={item.value === selected ? 'panel' : undefined}
          data-state={item.value === selected ? 'active' : 'inactive'}
          css={{ borderRadius: theme.radii.sm, ...focusRing(theme) }}
        >
          {item.content}
        </div>
      ))}
    </div>
  );
}
