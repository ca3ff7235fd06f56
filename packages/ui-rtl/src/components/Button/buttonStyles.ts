import type { CSSObject } from '@emotion/react';

import { focusRing, motionSafe } from '../../styles/mixins';
import type { Theme } from '../../theme/theme';

/** Visual style of a button. */
export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
/** Size of a button. */
export type ButtonSize = 'sm' | 'md' | 'lg';

/** Shared by Button and IconButton (and any future button-like component). */
export function buttonStyles(
  theme: Theme,
  variant: ButtonVariant,
  size: ButtonSize,
  iconOnly = false,
): CSSObject {
  const { colors, space, fontSizes, radii } = theme;
  const palette: Record<ButtonVariant, [bg: string, fg: string, hover: string, border: string]> = {
    primary: [colors.primary, colors.onPrimary, colors.primaryHover, colors.primary],
    secondary: [colors.surfaceRaised, colors.text, colors.surfaceHover, colors.border],
    ghost: ['transparent', colors.primary, colors.surfaceHover, 'transparent'],
    danger: [colors.danger, colors.onDanger, colors.dangerHover, colors.danger],
  };
  const [background, color, hover, border] = palette[variant];
  const metrics = {
    sm: { block: space.xs, inline: space.sm, font: fontSizes.sm, minSize: '2rem' },
    md: { block: space.sm, inline: space.lg, font: fontSizes.md, minSize: '2.5rem' },
    lg: { block: space.md, inline: space.xl, font: fontSizes.lg, minSize: '3rem' },
  }[size];
  return {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: space.sm,
    minBlockSize: metrics.minSize,
    minInlineSize: iconOnly ? metrics.minSize : undefined,
    paddingBlock: iconOnly ? 0 : metrics.block,
    paddingInline: iconOnly ? 0 : metrics.inline,
    fontFamily: 'inherit',
    fontSize: metrics.font,
    fontWeight: theme.fontWeights.medium,
    lineHeight: 1.25,
    textAlign: 'center',
    color,
    background,
    border: `1px solid ${border}`,
    borderRadius: radii.md,
    cursor: 'pointer',
    userSelect: 'none',
    ...motionSafe({
      transition: `background-color ${theme.motion.duration.fast} ${theme.motion.easing.standard}`,
    }),
    ...focusRing(theme),
    '&:hover:not([data-disabled]):not([data-loading]), &:active:not([data-disabled]):not([data-loading])': {
      background: hover,
    },
    '&[data-disabled]': { opacity: 0.55, cursor: 'not-allowed' },
    '&[data-loading]': { cursor: 'progress' },
  };
}
