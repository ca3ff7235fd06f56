/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { ICONS } from './icons';
import type { IconName } from './icons';

/** Props of {@link Icon}. */
export interface IconProps extends Omit<ComponentPropsWithoutRef<'svg'>, 'children'> {
  /** Which registered icon to draw. */
  name: IconName;
  /**
   * Accessible name. Given (or with `labelled`), the icon is `role="img"`
   * with this `aria-label`; otherwise it is decorative (`aria-hidden`).
   * @defaultValue undefined (decorative)
   */
  label?: string | undefined;
  /**
   * Use the icon's default translated name (`ui:icon.<name>`) as its label.
   * @defaultValue false
   */
  labelled?: boolean | undefined;
  /**
   * Width and height (CSS length or pixels).
   * @defaultValue '1.25em'
   */
  size?: number | string | undefined;
  /**
   * Direction to draw in; directional icons flip in `rtl`.
   * @defaultValue the provider's direction
   */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<svg>` element. */
  ref?: Ref<SVGSVGElement> | undefined;
}

/**
 * An inline SVG icon in `currentColor`. Directional icons (mirror policy
 * `'rtl'`) are flipped with `scaleX(-1)` in right-to-left layouts and carry
 * `data-mirrored`; the others never flip.
 */
export function Icon({
  name,
  label,
  labelled = false,
  size = '1.25em',
  dir,
  ref,
  ...rest
}: IconProps): ReactNode {
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const icon = ICONS[name];
  const mirrored = icon.mirror === 'rtl' && direction === 'rtl';
  const accessibleName = label ?? (labelled ? t(`icon.${name}`) : undefined);
  return (
    <svg
      ref={ref}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="currentColor"
      focusable="false"
      data-icon={name}
      data-mirrored={mirrored ? '' : undefined}
      {...(accessibleName ? { role: 'img', 'aria-label': accessibleName } : { 'aria-hidden': true })}
      css={{
        display: 'inline-block',
        flexShrink: 0,
        verticalAlign: 'middle',
        '&[data-mirrored]': { transform: 'scaleX(-1)' },
      }}
      {...rest}
    >
      <path d={icon.path} />
    </svg>
  );
}
