/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, MouseEvent, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { buttonStyles } from '../Button/buttonStyles';
import type { ButtonSize, ButtonVariant } from '../Button/buttonStyles';
import { Icon } from '../Icon/Icon';
import type { IconName } from '../Icon/icons';
import { Spinner } from '../Spinner/Spinner';

/** Props of {@link IconButton}. */
export interface IconButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'aria-label'> {
  /** A registered icon name, or your own (decorative) icon element. */
  icon: IconName | ReactNode;
  /**
   * The accessible name (required: an icon alone names nothing). Translate
   * it — e.g. `t('ui:dialog.close')`.
   */
  label: string;
  /** @defaultValue 'ghost' */
  variant?: ButtonVariant | undefined;
  /** @defaultValue 'md' */
  size?: ButtonSize | undefined;
  /** Busy: spinner instead of the icon, `aria-busy`, clicks ignored. @defaultValue false */
  loading?: boolean | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<button>` element. */
  ref?: Ref<HTMLButtonElement> | undefined;
}

/** A square button showing only an icon, named by `label` (`aria-label`). Part: `icon`. */
export function IconButton({
  icon,
  label,
  variant = 'ghost',
  size = 'md',
  loading = false,
  disabled,
  dir,
  type = 'button',
  onClick,
  ref,
  ...rest
}: IconButtonProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  if (!label.trim())
    throw new Error('@globalkit/ui-rtl: <IconButton> needs a non-empty `label` (its accessible name).');
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) return;
    onClick?.(event);
  };
  return (
    <button
      ref={ref}
      type={type}
      dir={dir === undefined ? undefined : direction}
      aria-label={label}
      disabled={disabled}
      aria-busy={loading || undefined}
      data-variant={variant}
      data-size={size}
      data-loading={loading ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      onClick={handleClick}
      css={buttonStyles(theme, variant, size, true)}
      {...rest}
    >
      {loading ? (
        <Spinner data-part="spinner" size="sm" decorative />
      ) : typeof icon === 'string' ? (
        <Icon data-part="icon" name={icon as IconName} dir={direction} />
      ) : (
        <span data-part="icon" aria-hidden css={{ display: 'inline-flex' }}>
          {icon}
        </span>
      )}
    </button>
  );
}
