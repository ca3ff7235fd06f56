/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, CSSProperties, MouseEvent, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { focusRing, motionSafe } from '../../styles/mixins';
import { FieldDescription } from '../Field/FieldParts';
import { useControllableState } from '../Field/useControllableState';
import { hasContent, useFieldIds } from '../Field/useFieldIds';

/** Props of {@link Switch}. Other props (`name`, `aria-*`, `on*`…) go to the `<button>`. */
export interface SwitchProps extends Omit<
  ComponentPropsWithoutRef<'button'>,
  'value' | 'defaultValue' | 'onChange' | 'children'
> {
  /** The visible label (required; clicking it toggles the switch). */
  label: ReactNode;
  /** Help text next to the label, referenced by `aria-describedby`. @defaultValue undefined */
  description?: ReactNode;
  /** Controlled state. @defaultValue undefined (uncontrolled) */
  checked?: boolean | undefined;
  /** Initial state when uncontrolled. @defaultValue false */
  defaultChecked?: boolean | undefined;
  /** Called with the new state. @defaultValue undefined */
  onCheckedChange?: ((checked: boolean) => void) | undefined;
  /**
   * Form field name: while on, a hidden input submits `name=value` (like a
   * checkbox; nothing is submitted while off).
   * @defaultValue undefined (not submitted)
   */
  name?: string | undefined;
  /** Submitted value while on. @defaultValue 'on' */
  value?: string | undefined;
  /** Class name of the root element. @defaultValue undefined */
  className?: string | undefined;
  /** Inline style of the root element. @defaultValue undefined */
  style?: CSSProperties | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<button role="switch">` element. */
  ref?: Ref<HTMLButtonElement> | undefined;
}

/**
 * An on/off switch (WAI-ARIA switch pattern): a `<button role="switch">`
 * with `aria-checked`, toggled by click, Space and Enter, named by a
 * `<label>`. When on, the thumb moves toward the inline end — right in LTR,
 * left in RTL — through `inset-inline-start`, so no direction-specific
 * value is needed. Parts: `root`, `track`, `thumb`, `label`, `description`;
 * state: `data-checked`, `data-disabled`.
 */
export function Switch({
  label,
  description,
  checked: checkedProp,
  defaultChecked = false,
  onCheckedChange,
  name,
  value = 'on',
  onClick,
  disabled,
  id,
  className,
  style,
  dir,
  ref,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: SwitchProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  const [checked, setChecked] = useControllableState(checkedProp, defaultChecked, onCheckedChange);
  const ids = useFieldIds({ id, description, describedBy: ariaDescribedBy });
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) setChecked(!checked);
  };
  const { colors, space, radii } = theme;
  const thumb = '1rem';
  const gap = '2px';
  const transition = `inset-inline-start ${theme.motion.duration.fast} ${theme.motion.easing.standard}, background-color ${theme.motion.duration.fast}`;
  return (
    <div
      dir={dir === undefined ? undefined : direction}
      data-part="root"
      data-checked={checked ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      className={className}
      style={style}
      css={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: space.sm,
        textAlign: 'start',
        opacity: disabled ? 0.55 : undefined,
      }}
    >
      <button
        ref={ref}
        type="button"
        role="switch"
        id={ids.controlId}
        aria-checked={checked}
        aria-describedby={ids.describedBy}
        disabled={disabled}
        data-part="track"
        data-checked={checked ? '' : undefined}
        onClick={handleClick}
        css={{
          position: 'relative',
          flexShrink: 0,
          boxSizing: 'border-box',
          inlineSize: '2.5rem',
          blockSize: '1.5rem',
          // Centre on the label's first line. `1lh` is the button's own line height, and a button does not
          // inherit the page's font: without this it measures the browser's control font, which differs
          // from one machine's system fonts to the next.
          font: 'inherit',
          marginBlock: `calc((1lh - 1.5rem) / 2)`,
          padding: 0,
          border: `2px solid ${colors.border}`,
          borderRadius: radii.pill,
          backgroundColor: colors.surface,
          cursor: disabled ? 'not-allowed' : 'pointer',
          ...focusRing(theme),
          ...motionSafe({ transition }),
          '&[data-checked]': { backgroundColor: colors.primary, borderColor: colors.primary },
        }}
        {...rest}
      >
        <span
          data-part="thumb"
          aria-hidden="true"
          css={{
            position: 'absolute',
            insetBlockStart: gap,
            // Logical offset: the end side is the right in LTR and the left in RTL.
            insetInlineStart: gap,
            inlineSize: thumb,
            blockSize: thumb,
            borderRadius: radii.pill,
            backgroundColor: colors.textMuted,
            ...motionSafe({ transition }),
            '[data-checked] > &': {
              insetInlineStart: `calc(100% - ${thumb} - ${gap})`,
              backgroundColor: colors.onPrimary,
            },
          }}
        />
      </button>
      <div css={{ display: 'flex', flexDirection: 'column', gap: space.xxs }}>
        <label
          htmlFor={ids.controlId}
          data-part="label"
          css={{ cursor: disabled ? 'not-allowed' : 'pointer', alignSelf: 'flex-start' }}
        >
          {label}
        </label>
        {hasContent(description) ? (
          <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
        ) : null}
      </div>
      {name !== undefined && checked ? <input type="hidden" name={name} value={value} /> : null}
    </div>
  );
}
