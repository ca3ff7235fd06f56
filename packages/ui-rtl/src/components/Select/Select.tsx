/** @jsxImportSource @emotion/react */
import type { ChangeEvent, ComponentPropsWithoutRef, CSSProperties, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { focusRing } from '../../styles/mixins';
import { Field } from '../Field/Field';
import { controlBoxStyles } from '../Field/fieldStyles';
import { useControllableState } from '../Field/useControllableState';
import { Icon } from '../Icon/Icon';

/** One option of a {@link Select}. */
export interface SelectOption {
  /** Submitted and reported value (unique within the select). */
  readonly value: string;
  /** Visible text (already translated). */
  readonly label: string;
  /** Shown but not choosable. @defaultValue false */
  readonly disabled?: boolean | undefined;
}

/** Props of {@link Select}. Other props (`name`, `autoComplete`, `aria-*`, `on*`…) go to the `<select>`. */
export interface SelectProps extends Omit<
  ComponentPropsWithoutRef<'select'>,
  'value' | 'defaultValue' | 'multiple' | 'size'
> {
  /** The visible label (required: it names the select). */
  label: ReactNode;
  /** Help text under the label. @defaultValue undefined */
  description?: ReactNode;
  /** Error message; sets `aria-invalid` and is announced with `ui:field.errorPrefix`. @defaultValue undefined */
  error?: ReactNode;
  /** Shows `ui:field.optional` after the label. @defaultValue false */
  optional?: boolean | undefined;
  /**
   * The options. Alternatively pass `<option>`/`<optgroup>` children
   * (used when `options` is undefined). An empty array shows a disabled
   * `ui:select.noOptions` entry.
   * @defaultValue undefined
   */
  options?: readonly SelectOption[] | undefined;
  /**
   * First entry with value `''`, shown while nothing is chosen: `true` uses
   * `ui:select.placeholder`, a string replaces it, `false` omits it. It is
   * disabled when `required` (it is a prompt, not a choice).
   * @defaultValue true
   */
  placeholder?: boolean | string | undefined;
  /** Controlled value (`''` = nothing chosen). @defaultValue undefined (uncontrolled) */
  value?: string | undefined;
  /** Initial value when uncontrolled. @defaultValue '' (the placeholder) */
  defaultValue?: string | undefined;
  /** Called with the chosen value. @defaultValue undefined */
  onValueChange?: ((value: string) => void) | undefined;
  /** Class name of the root (field) element. @defaultValue undefined */
  className?: string | undefined;
  /** Inline style of the root (field) element. @defaultValue undefined */
  style?: CSSProperties | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<select>` element. */
  ref?: Ref<HTMLSelectElement> | undefined;
}

/**
 * A styled native `<select>` (the platform picker on mobile, full keyboard
 * and screen-reader support for free) on the shared {@link Field}
 * scaffold. The `chevronDown` icon (never mirrored) sits at the inline end
 * in both directions. Parts: `field`, `label`, `description`, `control`,
 * `select`, `chevron`, `error`; state: `data-invalid`, `data-disabled`,
 * `data-placeholder` (nothing chosen).
 */
export function Select({
  label,
  description,
  error,
  optional,
  required,
  disabled,
  options,
  placeholder = true,
  value: valueProp,
  defaultValue = '',
  onValueChange,
  onChange,
  id,
  className,
  style,
  dir,
  ref,
  children,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: SelectProps): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const [value, setValue] = useControllableState(valueProp, defaultValue, onValueChange);
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    onChange?.(event);
    setValue(event.target.value);
  };
  const placeholderText = placeholder === true ? t('select.placeholder') : placeholder || undefined;
  const empty = options !== undefined && options.length === 0;
  return (
    <Field
      label={label}
      description={description}
      error={error}
      required={required}
      optional={optional}
      disabled={disabled}
      controlId={id}
      controlDescribedBy={ariaDescribedBy}
      dir={dir === undefined ? undefined : direction}
      className={className}
      style={style}
    >
      {(control) => (
        <div data-part="control" css={{ position: 'relative', display: 'flex', alignItems: 'center' }}>
          <select
            ref={ref}
            value={value}
            onChange={handleChange}
            data-part="select"
            data-invalid={control['aria-invalid'] ? '' : undefined}
            data-disabled={disabled ? '' : undefined}
            data-placeholder={value === '' ? '' : undefined}
            css={[
              controlBoxStyles(theme),
              focusRing(theme),
              {
                appearance: 'none',
                margin: 0,
                paddingBlock: theme.space.sm,
                // Room for the chevron at the inline end.
                paddingInlineEnd: '2.5rem',
                textAlign: 'start',
                cursor: 'pointer',
                textOverflow: 'ellipsis',
                '&[data-placeholder]': { color: theme.colors.textMuted },
                '& option': { color: theme.colors.text, backgroundColor: theme.colors.surface },
              },
            ]}
            {...control}
            {...rest}
          >
            {placeholderText === undefined ? null : (
              <option value="" disabled={required || undefined}>
                {placeholderText}
              </option>
            )}
            {empty ? (
              <option value="" disabled>
                {t('select.noOptions')}
              </option>
            ) : null}
            {options === undefined
              ? children
              : options.map((option) => (
                  <option key={option.value} value={option.value} disabled={option.disabled}>
                    {option.label}
                  </option>
                ))}
          </select>
          <span
            data-part="chevron"
            aria-hidden="true"
            css={{
              position: 'absolute',
              insetInlineEnd: theme.space.md,
              insetBlock: 0,
              display: 'flex',
              alignItems: 'center',
              pointerEvents: 'none',
              color: theme.colors.text,
            }}
          >
            <Icon name="chevronDown" />
          </span>
        </div>
      )}
    </Field>
  );
}
