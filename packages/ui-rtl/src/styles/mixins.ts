import type { CSSObject } from '@emotion/react';

import type { Theme } from '../theme/theme';

/** Transitions only for users who did not ask for reduced motion. */
export function motionSafe(styles: CSSObject): CSSObject {
  return { '@media (prefers-reduced-motion: no-preference)': styles };
}

/** The one focus indicator: a `:focus-visible` outline (3:1 against the surface in both schemes). */
export function focusRing(theme: Theme): CSSObject {
  return {
    outline: 'none',
    '&:focus-visible': {
      outline: `${theme.focusRing.width} solid ${theme.colors.focusRing}`,
      outlineOffset: theme.focusRing.offset,
    },
  };
}

/** Visually hidden but read by assistive technology. */
export const visuallyHidden: CSSObject = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  borderWidth: 0,
};
