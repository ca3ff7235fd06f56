/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, MouseEvent, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { Spinner } from '../Spinner/Spinner';
import { buttonStyles } from './buttonStyles';
import type { ButtonSize, ButtonVariant } from './buttonStyles';

/** Props of {@link Button}. */
export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Visual style. @defaultValue 'primary' */
  variant?: ButtonVariant | undefined;
  /** @defaultValue 'md' */
  size?: ButtonSize | undefined;
  /**
   * Busy: shows a Spinner, sets `aria-busy`, ignores clicks but stays
   * focusable (focus is not lost mid-action).
   * @defaultValue false
   */
  loading?: boolean | undefined;
  /** Content before the label in reading order (left in LTR, right in RTL). */
  iconStart?: ReactNode;
  /** Content after the label in reading order (right in LTR, left in RTL). */
  iconEnd?: ReactNode;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<button>` element (React 19: a plain prop). */
  ref?: Ref<HTMLButtonElement> | undefined;
}

/**
 * A button. Parts: `icon-start`, `label`, `icon-end`, `spinner`
 * (`data-part`); state: `data-variant`, `data-size`, `data-loading`,
 * `data-disabled`. The slots follow the inline flow, so they swap sides in
 * RTL with no direction-specific style.
 */
export function Button({
  variant = 'primary',
  size = 'md',
  loading = false,
  disabled,
  iconStart,
  iconEnd,
  dir,
  type = 'button',
  onClick,
  children,
  ref,
  ...rest
}: ButtonProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      ref={ref}
      type={type}
      dir={dir === undefined ? undefined : direction}
      disabled={disabled}
      aria-busy={loading || undefined}
      data-variant={variant}
      data-size={size}
      data-loading={loading ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      onClick={handleClick}
      css={buttonStyles(theme, variant, size)}
      {...rest}
    >
      {loading ? (
        <Spinner data-part="spinner" size="sm" decorative />
      ) : iconStart ? (
        <span data-part="icon-start" css={slotStyles}>
          {iconStart}
        </span>
      ) : null}
      <span data-part="label">{children}</span>
      {iconEnd ? (
        <span data-part="icon-end" css={slotStyles}>
          {iconEnd}
        </span>
      ) : null}
    </button>
  );
}

const slotStyles = { display: 'inline-flex', flexShrink: 0 } as const;
