/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { fieldRootStyles, hintStyles, labelStyles } from './fieldStyles';
import { FieldDescription, FieldError, NecessityMarker } from './FieldParts';
import { hasContent, useFieldIds } from './useFieldIds';

/** What {@link Field} hands its control: spread these on the input/select/textarea. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-required': true | undefined;
  readonly required: boolean | undefined;
  readonly disabled: boolean | undefined;
}

/** Props of {@link Field}. */
export interface FieldProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The visible label (required: it is the control's accessible name). */
  label: ReactNode;
  /** Help text under the label, referenced by `aria-describedby`. @defaultValue undefined */
  description?: ReactNode;
  /**
   * Error message; when present the control gets `aria-invalid` and the
   * message (prefixed by a hidden `ui:field.errorPrefix`) joins `aria-describedby`.
   * @defaultValue undefined
   */
  error?: ReactNode;
  /** Marks the field required (`aria-required`, `required`, visible `ui:field.required`). @defaultValue false */
  required?: boolean | undefined;
  /** Shows `ui:field.optional` after the label (ignored when `required`). @defaultValue false */
  optional?: boolean | undefined;
  /** Marks the field invalid without a message (e.g. a counter over its limit). @defaultValue false */
  invalid?: boolean | undefined;
  /** Disables the control. @defaultValue false */
  disabled?: boolean | undefined;
  /** Id of the control. @defaultValue a generated `useId` id */
  controlId?: string | undefined;
  /** The caller's own `aria-describedby` for the control, kept first. @defaultValue undefined */
  controlDescribedBy?: string | undefined;
  /**
   * A live counter line (`aria-live="polite"`), e.g. from TextField's `maxLength`.
   * @defaultValue undefined (no counter)
   */
  counter?: string | undefined;
  /** The counter is over its limit (`data-over`, danger color). @defaultValue false */
  counterOver?: boolean | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The root `<div>`. */
  ref?: Ref<HTMLDivElement> | undefined;
  /** Renders the control with the ids and ARIA attributes it needs. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * The shared field scaffold: label (+ required/optional marker),
 * description, the control, error and an optional live counter, wired with
 * `aria-describedby` / `aria-invalid` / `aria-required`. Parts: `field`,
 * `label`, `marker`, `description`, `error`, `counter`; state:
 * `data-invalid`, `data-disabled`, `data-required`.
 */
export function Field({
  label,
  description,
  error,
  required = false,
  optional = false,
  invalid = false,
  disabled = false,
  controlId,
  controlDescribedBy,
  counter,
  counterOver = false,
  dir,
  ref,
  children,
  ...rest
}: FieldProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  const ids = useFieldIds({
    id: controlId,
    description,
    error,
    counter: counter !== undefined,
    describedBy: controlDescribedBy,
  });
  const isInvalid = invalid || hasContent(error);
  return (
    <div
      ref={ref}
      dir={dir === undefined ? undefined : direction}
      data-part="field"
      data-invalid={isInvalid ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      data-required={required ? '' : undefined}
      css={fieldRootStyles(theme)}
      {...rest}
    >
      <label id={ids.labelId} htmlFor={ids.controlId} data-part="label" css={labelStyles(theme)}>
        <span>{label}</span>
        <NecessityMarker required={required} optional={optional} />
      </label>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      {children({
        id: ids.controlId,
        'aria-describedby': ids.describedBy,
        'aria-invalid': isInvalid || undefined,
        'aria-required': required || undefined,
        required: required || undefined,
        disabled: disabled || undefined,
      })}
      <FieldError id={ids.errorId}>{error}</FieldError>
      {counter === undefined ? null : (
        <div
          id={ids.counterId}
          data-part="counter"
          data-over={counterOver ? '' : undefined}
          aria-live="polite"
          aria-atomic="true"
          css={[hintStyles(theme), { '&[data-over]': { color: theme.colors.danger } }]}
        >
          {counter}
        </div>
      )}
    </div>
  );
}
