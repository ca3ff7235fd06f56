/** @jsxImportSource @emotion/react */
import { useLayoutEffect, useRef } from 'react';
import type { ChangeEvent, ComponentPropsWithoutRef, CSSProperties, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { motionSafe } from '../../styles/mixins';
import { focusOutline } from '../Field/fieldStyles';
import { FieldDescription, FieldError } from '../Field/FieldParts';
import { useMergedRef } from '../Field/mergeRefs';
import { useControllableState } from '../Field/useControllableState';
import { hasContent, useFieldIds } from '../Field/useFieldIds';
import { Icon } from '../Icon/Icon';

/** Props of {@link Checkbox}. Other props (`name`, `value`, `aria-*`, `on*`…) go to the `<input>`. */
export interface CheckboxProps extends Omit<
  ComponentPropsWithoutRef<'input'>,
  'type' | 'checked' | 'defaultChecked' | 'size'
> {
  /** The visible label (required; clicking it toggles the box). */
  label: ReactNode;
  /** Help text under the label. @defaultValue undefined */
  description?: ReactNode;
  /** Error message; sets `aria-invalid` and is announced with `ui:field.errorPrefix`. @defaultValue undefined */
  error?: ReactNode;
  /** Controlled checked state. @defaultValue undefined (uncontrolled) */
  checked?: boolean | undefined;
  /** Initial checked state when uncontrolled. @defaultValue false */
  defaultChecked?: boolean | undefined;
  /** Called with the new checked state. @defaultValue undefined */
  onCheckedChange?: ((checked: boolean) => void) | undefined;
  /**
   * Mixed state ("some of the items"): draws a dash and sets the input's
   * `indeterminate` (announced as "mixed"). Controlled by you: clear it in
   * `onCheckedChange`.
   * @defaultValue false
   */
  indeterminate?: boolean | undefined;
  /** Class name of the root element. @defaultValue undefined */
  className?: string | undefined;
  /** Inline style of the root element. @defaultValue undefined */
  style?: CSSProperties | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<input type="checkbox">` element. */
  ref?: Ref<HTMLInputElement> | undefined;
}

/**
 * A native checkbox with a custom box: the real `<input>` sits invisibly on
 * top of the box, so clicks, Space, forms and screen readers work as
 * usual; the whole label is clickable. The check icon never mirrors.
 * Parts: `root`, `box`, `label`, `description`, `error`; state:
 * `data-checked`, `data-indeterminate`, `data-disabled`, `data-invalid`.
 */
export function Checkbox({
  label,
  description,
  error,
  checked: checkedProp,
  defaultChecked = false,
  onCheckedChange,
  onChange,
  indeterminate = false,
  disabled,
  id,
  className,
  style,
  dir,
  ref,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: CheckboxProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  const [checked, setChecked] = useControllableState(checkedProp, defaultChecked, onCheckedChange);
  const ids = useFieldIds({ id, description, error, describedBy: ariaDescribedBy });
  const innerRef = useRef<HTMLInputElement>(null);
  const mergedRef = useMergedRef(innerRef, ref);
  const invalid = hasContent(error);

  // `indeterminate` is a DOM property only; a click clears it, so re-assert it after every render.
  useLayoutEffect(() => {
    if (innerRef.current) innerRef.current.indeterminate = indeterminate;
  });

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    setChecked(event.target.checked);
  };
  const { colors, space, radii } = theme;
  const boxSize = '1.25rem';
  return (
    <div
      dir={dir === undefined ? undefined : direction}
      data-part="root"
      data-checked={checked ? '' : undefined}
      data-indeterminate={indeterminate ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      data-invalid={invalid ? '' : undefined}
      className={className}
      style={style}
      css={{ display: 'flex', flexDirection: 'column', gap: space.xs, textAlign: 'start' }}
    >
      <label
        css={{
          display: 'inline-flex',
          alignItems: 'flex-start',
          alignSelf: 'flex-start',
          gap: space.sm,
          cursor: disabled ? 'not-allowed' : 'pointer',
          opacity: disabled ? 0.55 : undefined,
        }}
      >
        <span
          css={{
            position: 'relative',
            display: 'inline-flex',
            flexShrink: 0,
            // Center the box on the first line of the label, whatever the script's line-height.
            marginBlockStart: `calc((1lh - ${boxSize}) / 2)`,
            '& input:focus-visible + [data-part="box"]': focusOutline(theme),
          }}
        >
          <input
            ref={mergedRef}
            type="checkbox"
            id={ids.controlId}
            checked={checked}
            disabled={disabled}
            onChange={handleChange}
            aria-describedby={ids.describedBy}
            aria-invalid={invalid || undefined}
            css={{
              position: 'absolute',
              insetBlockStart: 0,
              insetInlineStart: 0,
              inlineSize: '100%',
              blockSize: '100%',
              margin: 0,
              opacity: 0,
              cursor: 'inherit',
            }}
            {...rest}
          />
          <span
            data-part="box"
            data-checked={checked ? '' : undefined}
            data-indeterminate={indeterminate ? '' : undefined}
            aria-hidden="true"
            css={{
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              boxSizing: 'border-box',
              inlineSize: boxSize,
              blockSize: boxSize,
              border: `2px solid ${invalid ? colors.danger : colors.border}`,
              borderRadius: radii.sm,
              backgroundColor: colors.surface,
              color: colors.onPrimary,
              ...motionSafe({ transition: `background-color ${theme.motion.duration.fast}` }),
              '&[data-checked], &[data-indeterminate]': {
                backgroundColor: colors.primary,
                borderColor: colors.primary,
              },
            }}
          >
            {indeterminate ? (
              <span
                data-part="dash"
                css={{
                  inlineSize: '0.625rem',
                  blockSize: 2,
                  borderRadius: 1,
                  backgroundColor: 'currentColor',
                }}
              />
            ) : checked ? (
              <Icon name="check" size="1rem" />
            ) : null}
          </span>
        </span>
        <span data-part="label">{label}</span>
      </label>
      {hasContent(description) || invalid ? (
        // Messages align with the label text, not the box.
        <div
          css={{
            display: 'flex',
            flexDirection: 'column',
            gap: space.xs,
            paddingInlineStart: `calc(${boxSize} + ${space.sm})`,
          }}
        >
          <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
          <FieldError id={ids.errorId}>{error}</FieldError>
        </div>
      ) : null}
    </div>
  );
}
