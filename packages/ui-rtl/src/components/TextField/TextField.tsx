/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

import { useTheme } from '../../direction/GlobalkitContext';
import { Field } from '../Field/Field';
import { controlBoxStyles, focusOutline } from '../Field/fieldStyles';
import { useTextControl } from '../Field/useTextControl';
import type { TextControlProps } from '../Field/textControlProps';

/** Props of {@link TextField}. Other props (`name`, `autoComplete`, `aria-*`, `on*`…) go to the `<input>`. */
export interface TextFieldProps
  extends
    Omit<
      ComponentPropsWithoutRef<'input'>,
      'value' | 'defaultValue' | 'maxLength' | 'size' | keyof TextControlProps<HTMLInputElement>
    >,
    TextControlProps<HTMLInputElement> {
  /**
   * Content at the inline start inside the box (left in LTR, right in RTL),
   * e.g. a currency symbol or a search icon. Decorative unless it has its own name.
   * @defaultValue undefined
   */
  startAdornment?: ReactNode;
  /** Content at the inline end inside the box (right in LTR, left in RTL). @defaultValue undefined */
  endAdornment?: ReactNode;
  /** Input type. @defaultValue 'text' */
  type?: 'text' | 'email' | 'password' | 'search' | 'tel' | 'url' | 'number' | undefined;
}

/**
 * A labelled single-line text input on the shared {@link Field} scaffold.
 * Parts: `field`, `label`, `description`, `control`, `adornment-start`,
 * `input`, `adornment-end`, `error`, `counter`; the adornments follow the
 * inline flow, so they swap sides in RTL. `className`/`style`/`css` style
 * the root; every other prop reaches the `<input>`.
 */
export function TextField({
  startAdornment,
  endAdornment,
  type = 'text',
  ref,
  ...props
}: TextFieldProps): ReactNode {
  const theme = useTheme();
  const { value, handleChange, fieldProps, rest } = useTextControl<HTMLInputElement, typeof props>(props);
  const { disabled } = props;
  return (
    <Field {...fieldProps}>
      {(control) => (
        <div
          data-part="control"
          data-invalid={control['aria-invalid'] ? '' : undefined}
          data-disabled={disabled ? '' : undefined}
          css={[
            controlBoxStyles(theme),
            {
              display: 'flex',
              alignItems: 'center',
              gap: theme.space.sm,
              '&:has(input:focus-visible)': focusOutline(theme),
            },
          ]}
        >
          {startAdornment ? (
            <span data-part="adornment-start" css={adornmentStyles(theme.colors.textMuted)}>
              {startAdornment}
            </span>
          ) : null}
          <input
            ref={ref}
            type={type}
            value={value}
            onChange={handleChange}
            data-part="input"
            css={{
              flex: '1 1 auto',
              minInlineSize: 0,
              alignSelf: 'stretch',
              margin: 0,
              padding: 0,
              border: 0,
              background: 'transparent',
              color: 'inherit',
              font: 'inherit',
              textAlign: 'start',
              outline: 'none',
              '&:disabled': { cursor: 'not-allowed' },
            }}
            {...control}
            {...rest}
          />
          {endAdornment ? (
            <span data-part="adornment-end" css={adornmentStyles(theme.colors.textMuted)}>
              {endAdornment}
            </span>
          ) : null}
        </div>
      )}
    </Field>
  );
}

function adornmentStyles(color: string) {
  return { display: 'inline-flex', alignItems: 'center', flexShrink: 0, color } as const;
}
