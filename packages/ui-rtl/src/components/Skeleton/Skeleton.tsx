/** @jsxImportSource @emotion/react */
import { keyframes } from '@emotion/react';
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { motionSafe, visuallyHidden } from '../../styles/mixins';

/** Shape of a skeleton placeholder. */
export type SkeletonShape = 'text' | 'rect' | 'circle';

/** Props of {@link Skeleton}. */
export interface SkeletonProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** @defaultValue 'text' */
  shape?: SkeletonShape | undefined;
  /** Number of text lines (`shape="text"`); the last of several is shorter. @defaultValue 1 */
  lines?: number | undefined;
  /**
   * Inline size (CSS length or pixels). For `circle` it is also the block size.
   * @defaultValue '100%' ('2.5rem' for circle)
   */
  width?: number | string | undefined;
  /** Block size of `rect` (CSS length or pixels). @defaultValue '4rem' */
  height?: number | string | undefined;
  /**
   * Text read by assistive technology instead of the shapes.
   * @defaultValue the translated `ui:skeleton.label`
   */
  label?: string | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The root `<div>` (React 19: a plain prop). */
  ref?: Ref<HTMLDivElement> | undefined;
}

/*
 * The highlight sweeps along the inline axis by animating the logical
 * `inset-inline-start`, so it runs start→end in both directions with no angle,
 * and the radial gradient is symmetric, so nothing needs mirroring.
 */
const sweep = keyframes({
  from: { insetInlineStart: '-50%' },
  to: { insetInlineStart: '100%' },
});

/**
 * A loading placeholder: `aria-busy`, a visually hidden label, decorative
 * shapes (`data-part="bone"`, `aria-hidden`). The shimmer runs only for users
 * without `prefers-reduced-motion`. State: `data-shape`.
 */
export function Skeleton({
  shape = 'text',
  lines = 1,
  width,
  height,
  label,
  dir,
  ref,
  ...rest
}: SkeletonProps): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const size = (value: number | string | undefined, fallback: string) =>
    value === undefined ? fallback : typeof value === 'number' ? `${value}px` : value;
  const count = shape === 'text' ? Math.max(1, Math.floor(lines)) : 1;
  const inline = size(width, shape === 'circle' ? '2.5rem' : '100%');
  const block = shape === 'circle' ? inline : shape === 'rect' ? size(height, '4rem') : '1em';
  const boneStyles = {
    position: 'relative',
    overflow: 'hidden',
    display: 'block',
    inlineSize: inline,
    blockSize: block,
    maxInlineSize: '100%',
    background: theme.colors.surfaceHover,
    borderRadius: shape === 'circle' ? '50%' : theme.radii.sm,
    ...motionSafe({
      '&::after': {
        content: '""',
        position: 'absolute',
        insetBlock: 0,
        insetInlineStart: '-50%',
        inlineSize: '50%',
        background: `radial-gradient(closest-side, ${theme.colors.surfaceRaised}, transparent)`,
        animation: `${sweep} 1.6s ${theme.motion.easing.standard} infinite`,
      },
    }),
  } as const;
  return (
    <div
      ref={ref}
      aria-busy
      dir={dir === undefined ? undefined : direction}
      data-shape={shape}
      css={{ display: 'flex', flexDirection: 'column', gap: theme.space.sm }}
      {...rest}
    >
      <span css={visuallyHidden}>{label ?? t('skeleton.label')}</span>
      {Array.from({ length: count }, (_, index) => (
        <span
          key={index}
          data-part="bone"
          aria-hidden
          css={[boneStyles, count > 1 && index === count - 1 ? { inlineSize: '60%' } : undefined]}
        />
      ))}
    </div>
  );
}
