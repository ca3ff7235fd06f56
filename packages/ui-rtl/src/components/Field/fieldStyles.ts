import type { CSSObject } from '@emotion/react';

import { focusRing } from '../../styles/mixins';
import type { Theme } from '../../theme/theme';

/** The focus outline of `focusRing(theme)`, for a wrapper that shows focus of a child. */
export function focusOutline(theme: Theme): CSSObject {
  return focusRing(theme)['&:focus-visible'] as CSSObject;
}

/** Root of a field: label, description, control, messages stacked in the block direction. */
export function fieldRootStyles(theme: Theme): CSSObject {
  return {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: theme.space.xs,
    minInlineSize: 0,
    textAlign: 'start',
  };
}

/** A visible label (and its required/optional marker). */
export function labelStyles(theme: Theme): CSSObject {
  return {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: theme.space.xs,
    fontSize: theme.fontSizes.sm,
    fontWeight: theme.fontWeights.medium,
    color: theme.colors.text,
  };
}

/** The bordered box of a text-like control (input wrapper, select, textarea). */
export function controlBoxStyles(theme: Theme): CSSObject {
  const { colors, space, radii, fontSizes } = theme;
  return {
    boxSizing: 'border-box',
    minBlockSize: '2.5rem',
    inlineSize: '100%',
    fontFamily: 'inherit',
    fontSize: fontSizes.md,
    lineHeight: 1.5,
    color: colors.text,
    backgroundColor: colors.surface,
    border: `1px solid ${colors.border}`,
    borderRadius: radii.md,
    paddingInline: space.md,
    '&[data-invalid]': { borderColor: colors.danger, borderWidth: 2 },
    '&[data-disabled]': { opacity: 0.55, cursor: 'not-allowed' },
  };
}

/** Secondary text under a control (description, counter). */
export function hintStyles(theme: Theme): CSSObject {
  return { margin: 0, fontSize: theme.fontSizes.sm, color: theme.colors.textMuted };
}

/** The error message (icon + text; never color alone). */
export function errorStyles(theme: Theme): CSSObject {
  return {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.space.xs,
    margin: 0,
    fontSize: theme.fontSizes.sm,
    color: theme.colors.danger,
  };
}
