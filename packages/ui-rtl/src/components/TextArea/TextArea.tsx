/** @jsxImportSource @emotion/react */
import { useLayoutEffect, useRef } from 'react';
import type { ChangeEvent, ComponentPropsWithoutRef, CSSProperties, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { focusRing } from '../../styles/mixins';
import { Field } from '../Field/Field';
import { controlBoxStyles } from '../Field/fieldStyles';
import { useMergedRef } from '../Field/mergeRefs';
import { useCharacterCounter } from '../Field/useCharacterCounter';
import { useControllableState } from '../Field/useControllableState';

/** Props of {@link TextArea}. Other props (`name`, `placeholder`, `aria-*`, `on*`…) go to the `<textarea>`. */
export interface TextAreaProps extends Omit<
  ComponentPropsWithoutRef<'textarea'>,
  'value' | 'defaultValue' | 'maxLength'
> {
  /** The visible label (required: it names the textarea). */
  label: ReactNode;
  /** Help text under the label. @defaultValue undefined */
  description?: ReactNode;
  /** Error message; sets `aria-invalid` and is announced with `ui:field.errorPrefix`. @defaultValue undefined */
  error?: ReactNode;
  /** Shows `ui:field.optional` after the label. @defaultValue false */
  optional?: boolean | undefined;
  /** Controlled value. @defaultValue undefined (uncontrolled) */
  value?: string | undefined;
  /** Initial value when uncontrolled. @defaultValue '' */
  defaultValue?: string | undefined;
  /** Called with the new text on every edit. @defaultValue undefined */
  onValueChange?: ((value: string) => void) | undefined;
  /**
   * Soft limit with a polite live counter (`ui:field.charactersLeft` /
   * `charactersOver`); typing past it marks the field invalid.
   * @defaultValue undefined (no counter)
   */
  maxLength?: number | undefined;
  /** Grow with the content instead of scrolling (never shorter than `rows`). @defaultValue false */
  autoSize?: boolean | undefined;
  /** Visible rows (the minimum height when `autoSize`). @defaultValue 3 */
  rows?: number | undefined;
  /** Class name of the root (field) element. @defaultValue undefined */
  className?: string | undefined;
  /** Inline style of the root (field) element. @defaultValue undefined */
  style?: CSSProperties | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<textarea>` element. */
  ref?: Ref<HTMLTextAreaElement> | undefined;
}

/**
 * A labelled multi-line text input on the shared {@link Field} scaffold,
 * optionally auto-sizing, with an optional live character counter. Parts:
 * `field`, `label`, `description`, `textarea`, `error`, `counter`; state:
 * `data-invalid`, `data-disabled`, `data-auto-size`.
 */
export function TextArea({
  label,
  description,
  error,
  optional,
  required,
  disabled,
  value: valueProp,
  defaultValue = '',
  onValueChange,
  onChange,
  maxLength,
  autoSize = false,
  rows = 3,
  id,
  className,
  style,
  dir,
  ref,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: TextAreaProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  const [value, setValue] = useControllableState(valueProp, defaultValue, onValueChange);
  const counter = useCharacterCounter(value, maxLength);
  const innerRef = useRef<HTMLTextAreaElement>(null);
  const mergedRef = useMergedRef(innerRef, ref);

  useLayoutEffect(() => {
    const element = innerRef.current;
    if (!autoSize || !element) return;
    // Measure the content height from scratch, then keep it (borders included: box-sizing is border-box).
    element.style.blockSize = 'auto';
    const borders = element.offsetHeight - element.clientHeight;
    element.style.blockSize = `${element.scrollHeight + borders}px`;
  }, [autoSize, value]);

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    onChange?.(event);
    setValue(event.target.value);
  };
  return (
    <Field
      label={label}
      description={description}
      error={error}
      required={required}
      optional={optional}
      invalid={counter.over}
      disabled={disabled}
      controlId={id}
      controlDescribedBy={ariaDescribedBy}
      counter={counter.text}
      counterOver={counter.over}
      dir={dir === undefined ? undefined : direction}
      className={className}
      style={style}
    >
      {(control) => (
        <textarea
          ref={mergedRef}
          rows={rows}
          value={value}
          onChange={handleChange}
          data-part="textarea"
          data-invalid={control['aria-invalid'] ? '' : undefined}
          data-disabled={disabled ? '' : undefined}
          data-auto-size={autoSize ? '' : undefined}
          css={[
            controlBoxStyles(theme),
            focusRing(theme),
            {
              display: 'block',
              margin: 0,
              paddingBlock: theme.space.sm,
              textAlign: 'start',
              resize: 'vertical',
              '&[data-auto-size]': { resize: 'none', overflow: 'hidden' },
            },
          ]}
          {...control}
          {...rest}
        />
      )}
    </Field>
  );
}
