import type { ChangeEvent, ChangeEventHandler } from 'react';

import { useResolvedDir } from '../../direction/GlobalkitContext';
import type { FieldProps } from './Field';
import type { TextControlProps } from './textControlProps';
import { useCharacterCounter } from './useCharacterCounter';
import { useControllableState } from './useControllableState';

/** What TextField and TextArea hand to {@link useTextControl}. */
export interface TextControlState<Element extends HTMLInputElement | HTMLTextAreaElement> extends Omit<
  TextControlProps<Element>,
  'ref'
> {
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  onChange?: ChangeEventHandler<Element> | undefined;
  id?: string | undefined;
  'aria-describedby'?: string | undefined;
}

/**
 * The state both text controls share: the controllable value, the soft-limit
 * counter, the change handler, and the props of their {@link Field} scaffold.
 */
export function useTextControl<
  Element extends HTMLInputElement | HTMLTextAreaElement,
  Props extends TextControlState<Element>,
>({
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
  id,
  className,
  style,
  dir,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: Props): {
  value: string;
  handleChange: (event: ChangeEvent<Element>) => void;
  fieldProps: Omit<FieldProps, 'children'>;
  /** Everything else, for the native control. */
  rest: Omit<Props, keyof TextControlState<Element>>;
} {
  const direction = useResolvedDir(dir);
  const [value, setValue] = useControllableState(valueProp, defaultValue, onValueChange);
  const counter = useCharacterCounter(value, maxLength);
  const handleChange = (event: ChangeEvent<Element>) => {
    onChange?.(event);
    setValue(event.target.value);
  };
  return {
    value,
    handleChange,
    rest,
    fieldProps: {
      label,
      description,
      error,
      required,
      optional,
      invalid: counter.over,
      disabled,
      controlId: id,
      controlDescribedBy: ariaDescribedBy,
      counter: counter.text,
      counterOver: counter.over,
      dir: dir === undefined ? undefined : direction,
      className,
      style,
    },
  };
}
