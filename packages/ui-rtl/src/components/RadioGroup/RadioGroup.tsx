/** @jsxImportSource @emotion/react */
import { useId, useRef } from 'react';
import type { ChangeEvent, ComponentPropsWithoutRef, KeyboardEvent, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { motionSafe } from '../../styles/mixins';
import { focusOutline, labelStyles } from '../Field/fieldStyles';
import { FieldDescription, FieldError, NecessityMarker } from '../Field/FieldParts';
import { useMergedRef } from '../Field/mergeRefs';
import { useControllableState } from '../Field/useControllableState';
import { hasContent, useFieldIds } from '../Field/useFieldIds';
import { arrowStep, wrapIndex } from './radioNavigation';

/** One choice of a {@link RadioGroup}. */
export interface RadioOption {
  /** Submitted and reported value (unique within the group). */
  readonly value: string;
  /** Visible label of the radio (its accessible name). */
  readonly label: ReactNode;
  /** Shown but not choosable; skipped by the arrow keys. @defaultValue false */
  readonly disabled?: boolean | undefined;
}

/** Props of {@link RadioGroup}. Other props (`aria-*`, `data-*`, `on*`…) go to the `radiogroup` element. */
export interface RadioGroupProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'defaultValue' | 'onChange' | 'children' | 'role'
> {
  /** The group's visible label (required: it names the `radiogroup`). */
  label: ReactNode;
  /** The choices, in reading order. */
  options: readonly RadioOption[];
  /** Help text under the label. @defaultValue undefined */
  description?: ReactNode;
  /** Error message; sets `aria-invalid` and is announced with `ui:field.errorPrefix`. @defaultValue undefined */
  error?: ReactNode;
  /** Controlled value; `null` = nothing chosen. @defaultValue undefined (uncontrolled) */
  value?: string | null | undefined;
  /** Initial value when uncontrolled. @defaultValue null */
  defaultValue?: string | null | undefined;
  /** Called with the chosen value. @defaultValue undefined */
  onValueChange?: ((value: string) => void) | undefined;
  /** Form name shared by the radios. @defaultValue a generated `useId` name */
  name?: string | undefined;
  /** A choice is required (`aria-required`, visible `ui:field.required`). @defaultValue false */
  required?: boolean | undefined;
  /** Shows `ui:field.optional` after the label. @defaultValue false */
  optional?: boolean | undefined;
  /** Disables every choice. @defaultValue false */
  disabled?: boolean | undefined;
  /** Layout of the choices (keyboard behaviour is the same). @defaultValue 'vertical' */
  orientation?: 'vertical' | 'horizontal' | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `radiogroup` element. */
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * A single-choice group (WAI-ARIA APG radio group) built on native radios:
 * one Tab stop (the checked radio, else the first), Down/Up and the
 * visual-direction Right/Left arrows move focus and select, wrapping and
 * skipping disabled choices; Space selects. Right is "next" in LTR and
 * Left is "next" in RTL. Parts: `root`, `label`, `description`, `options`,
 * `option`, `circle`, `option-label`, `error`; state: `data-orientation`,
 * `data-checked`/`data-disabled` per option, `data-invalid`.
 */
export function RadioGroup({
  label,
  options,
  description,
  error,
  value: valueProp,
  defaultValue = null,
  onValueChange,
  name,
  required = false,
  optional = false,
  disabled = false,
  orientation = 'vertical',
  dir,
  ref,
  onKeyDown,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: RadioGroupProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  const generatedName = useId();
  const groupName = name ?? generatedName;
  const [value, setValue] = useControllableState<string | null>(valueProp, defaultValue, (next) => {
    if (next !== null) onValueChange?.(next);
  });
  const ids = useFieldIds({ description, error, describedBy: ariaDescribedBy });
  const groupRef = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRef(groupRef, ref);
  const invalid = hasContent(error);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const step = arrowStep(event.key, direction);
    const group = groupRef.current;
    if (event.defaultPrevented || step === null || !group) return;
    const radios = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="radio"]:not(:disabled)'));
    const index = radios.indexOf(event.target as HTMLInputElement);
    if (index === -1) return;
    // Own the arrow keys: browsers disagree on Left/Right in RTL, the APG does not.
    event.preventDefault();
    const next = radios[wrapIndex(index, step, radios.length)];
    if (!next) return;
    next.focus();
    setValue(next.value);
  };

  const { colors, space } = theme;
  const circle = '1.25rem';
  return (
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus -- focus lives on the native radios inside (APG radio group)
    <div
      ref={mergedRef}
      role="radiogroup"
      aria-labelledby={ids.labelId}
      aria-describedby={ids.describedBy}
      aria-required={required || undefined}
      aria-invalid={invalid || undefined}
      aria-disabled={disabled || undefined}
      dir={dir === undefined ? undefined : direction}
      data-part="root"
      data-orientation={orientation}
      data-invalid={invalid ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      onKeyDown={handleKeyDown}
      css={{ display: 'flex', flexDirection: 'column', gap: space.xs, textAlign: 'start' }}
      {...rest}
    >
      <div id={ids.labelId} data-part="label" css={labelStyles(theme)}>
        <span>{label}</span>
        <NecessityMarker required={required} optional={optional} />
      </div>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <div
        data-part="options"
        css={{
          display: 'flex',
          flexDirection: orientation === 'horizontal' ? 'row' : 'column',
          flexWrap: 'wrap',
          alignItems: 'flex-start',
          gap: orientation === 'horizontal' ? space.lg : space.sm,
          paddingBlock: space.xxs,
        }}
      >
        {options.map((option) => {
          const isChecked = value === option.value;
          const isDisabled = disabled || option.disabled === true;
          return (
            <label
              key={option.value}
              data-part="option"
              data-checked={isChecked ? '' : undefined}
              data-disabled={isDisabled ? '' : undefined}
              css={{
                display: 'inline-flex',
                alignItems: 'flex-start',
                gap: space.sm,
                cursor: isDisabled ? 'not-allowed' : 'pointer',
                opacity: isDisabled ? 0.55 : undefined,
              }}
            >
              <span
                css={{
                  position: 'relative',
                  display: 'inline-flex',
                  flexShrink: 0,
                  marginBlockStart: `calc((1lh - ${circle}) / 2)`,
                  '& input:focus-visible + [data-part="circle"]': focusOutline(theme),
                }}
              >
                <input
                  type="radio"
                  name={groupName}
                  value={option.value}
                  checked={isChecked}
                  disabled={isDisabled}
                  required={required || undefined}
                  onChange={(event: ChangeEvent<HTMLInputElement>) => {
                    if (event.target.checked) setValue(option.value);
                  }}
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
                />
                <span
                  data-part="circle"
                  data-checked={isChecked ? '' : undefined}
                  aria-hidden="true"
                  css={{
                    display: 'inline-flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    boxSizing: 'border-box',
                    inlineSize: circle,
                    blockSize: circle,
                    borderRadius: '50%',
                    border: `2px solid ${invalid ? colors.danger : colors.border}`,
                    backgroundColor: colors.surface,
                    ...motionSafe({ transition: `border-color ${theme.motion.duration.fast}` }),
                    '&[data-checked]': { borderColor: colors.primary },
                    '&[data-checked]::after': {
                      content: '""',
                      inlineSize: '0.625rem',
                      blockSize: '0.625rem',
                      borderRadius: '50%',
                      backgroundColor: colors.primary,
                    },
                  }}
                />
              </span>
              <span data-part="option-label">{option.label}</span>
            </label>
          );
        })}
      </div>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
