/** @jsxImportSource @emotion/react */
import { useLayoutEffect, useRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

import { useTheme } from '../../direction/GlobalkitContext';
import { focusRing } from '../../styles/mixins';
import { Field } from '../Field/Field';
import { controlBoxStyles } from '../Field/fieldStyles';
import { useMergedRef } from '../Field/mergeRefs';
import { useTextControl } from '../Field/useTextControl';
import type { TextControlProps } from '../Field/textControlProps';

/** Props of {@link TextArea}. Other props (`name`, `placeholder`, `aria-*`, `on*`…) go to the `<textarea>`. */
export interface TextAreaProps
  extends
    Omit<ComponentPropsWithoutRef<'textarea'>, keyof TextControlProps<HTMLTextAreaElement>>,
    TextControlProps<HTMLTextAreaElement> {
  /** Grow with the content instead of scrolling (never shorter than `rows`). @defaultValue false */
  autoSize?: boolean | undefined;
  /** Visible rows (the minimum height when `autoSize`). @defaultValue 3 */
  rows?: number | undefined;
}

/**
 * A labelled multi-line text input on the shared {@link Field} scaffold,
 * optionally auto-sizing, with an optional live character counter. Parts:
 * `field`, `label`, `description`, `textarea`, `error`, `counter`; state:
 * `data-invalid`, `data-disabled`, `data-auto-size`.
 */
export function TextArea({ autoSize = false, rows = 3, ref, ...props }: TextAreaProps): ReactNode {
  const theme = useTheme();
  const { value, handleChange, fieldProps, rest } = useTextControl<HTMLTextAreaElement, typeof props>(props);
  const { disabled } = props;
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

  return (
    <Field {...fieldProps}>
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
