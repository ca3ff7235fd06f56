import type { CSSObject } from '@emotion/react';

import { focusRing, motionSafe } from '../../styles/mixins';
import type { Theme } from '../../theme/theme';

/** Root: the positioning context of the popup. */
export const rootStyles: CSSObject = {
  position: 'relative',
  display: 'inline-flex',
  // A definite block size opts out of flex/grid stretching: in a stretching
  // header the root would otherwise grow and the popup (top: 100%) open far
  // below the trigger.
  blockSize: 'fit-content',
  flexDirection: 'column',
  alignItems: 'flex-start',
};

/** The visible field label (when `showLabel`). */
export function labelStyles(theme: Theme): CSSObject {
  return {
    fontSize: theme.fontSizes.sm,
    fontWeight: theme.fontWeights.medium,
    marginBlockEnd: theme.space.xs,
  };
}

/** The select-only combobox (styled like a secondary button). */
export function triggerStyles(theme: Theme): CSSObject {
  const { colors, space, radii, fontSizes } = theme;
  return {
    display: 'inline-flex',
    alignItems: 'center',
    gap: space.sm,
    minBlockSize: '2.5rem',
    paddingBlock: space.xs,
    paddingInline: space.md,
    fontSize: fontSizes.md,
    fontWeight: theme.fontWeights.medium,
    lineHeight: 1.25,
    color: colors.text,
    background: colors.surfaceRaised,
    border: `1px solid ${colors.border}`,
    borderRadius: radii.md,
    cursor: 'pointer',
    userSelect: 'none',
    whiteSpace: 'nowrap',
    ...motionSafe({
      transition: `background-color ${theme.motion.duration.fast} ${theme.motion.easing.standard}`,
    }),
    ...focusRing(theme),
    '&:hover, &[aria-expanded="true"]': { background: colors.surfaceHover },
  };
}

/** The listbox popup: below the trigger, aligned to its inline start or end. */
export function popupStyles(theme: Theme, align: 'start' | 'end'): CSSObject {
  const { colors, space, radii } = theme;
  return {
    position: 'absolute',
    insetBlockStart: '100%',
    ...(align === 'end' ? { insetInlineEnd: 0 } : { insetInlineStart: 0 }),
    zIndex: 1000,
    marginBlockStart: space.xs,
    minInlineSize: '100%',
    inlineSize: 'max-content',
    maxBlockSize: '20rem',
    overflowY: 'auto',
    paddingBlock: space.xs,
    paddingInline: 0,
    background: colors.surface,
    color: colors.text,
    border: `1px solid ${colors.border}`,
    borderRadius: radii.md,
    boxShadow: theme.elevation.md,
    '&[hidden]': { display: 'none' },
  };
}

/** A group header inside the listbox. */
export function groupLabelStyles(theme: Theme): CSSObject {
  return {
    paddingBlock: theme.space.xs,
    paddingInline: theme.space.md,
    fontSize: theme.fontSizes.sm,
    fontWeight: theme.fontWeights.bold,
    color: theme.colors.textMuted,
  };
}

/** One option row: check slot at the inline start, then the autonym. */
export function optionStyles(theme: Theme): CSSObject {
  const { colors, space } = theme;
  return {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    gap: space.sm,
    minBlockSize: '2.25rem',
    paddingBlock: space.xs,
    paddingInline: space.md,
    cursor: 'pointer',
    '&[data-active]': { background: colors.surfaceHover },
    '&[aria-selected="true"]': { fontWeight: theme.fontWeights.bold },
  };
}

/** The fixed-width check slot, so every name starts at the same inline offset. */
export const checkSlotStyles: CSSObject = {
  display: 'inline-flex',
  flexShrink: 0,
  inlineSize: '1.25em',
  justifyContent: 'center',
};
