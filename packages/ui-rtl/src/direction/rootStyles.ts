import type { CSSObject } from '@emotion/react';

import { fontStackFor, lineHeightFor } from '../fonts/fonts';
import type { Theme } from '../theme/theme';

/** Typography and colors of a provider root and of every portal container. */
export function rootStyles(theme: Theme, locale: string): CSSObject {
  return {
    fontFamily: fontStackFor(locale),
    lineHeight: lineHeightFor(locale),
    fontSize: theme.fontSizes.md,
    color: theme.colors.text,
    // Painted so text tokens always sit on the surface they were contrast-checked against (dark scheme too).
    backgroundColor: theme.colors.surface,
    colorScheme: theme.scheme,
    textAlign: 'start',
    WebkitFontSmoothing: 'antialiased',
  };
}
