import type { CSSProperties, ReactNode, Ref } from 'react';

/**
 * The props TextField and TextArea share: the Field scaffold's label, help and
 * error, the controllable text value, the soft length limit, and where
 * `className`/`style`/`dir`/`ref` land.
 */
export interface TextControlProps<Element extends HTMLElement> {
  /** The visible label (required: it names the control). */
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
   * Soft limit: shows a polite live counter (`ui:field.charactersLeft` /
   * `charactersOver`). Typing past it is allowed (pasted text is not
   * silently cut) and marks the field invalid.
   * @defaultValue undefined (no counter)
   */
  maxLength?: number | undefined;
  /** Class name of the root (field) element. @defaultValue undefined */
  className?: string | undefined;
  /** Inline style of the root (field) element. @defaultValue undefined */
  style?: CSSProperties | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The native control element. */
  ref?: Ref<Element> | undefined;
}
