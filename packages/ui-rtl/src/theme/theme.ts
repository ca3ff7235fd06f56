import {
  darkColors,
  elevation,
  focusRing,
  fontSizes,
  fontWeights,
  lightColors,
  motion,
  radii,
  space,
} from './tokens';
import type { ColorTokens } from './tokens';

/** Color scheme of a {@link Theme}. */
export type ColorScheme = 'light' | 'dark';

/** Everything a component may read from the emotion theme. */
export interface Theme {
  readonly scheme: ColorScheme;
  readonly colors: ColorTokens;
  readonly space: typeof space;
  readonly radii: typeof radii;
  readonly fontSizes: typeof fontSizes;
  readonly fontWeights: typeof fontWeights;
  readonly elevation: typeof elevation;
  readonly motion: typeof motion;
  readonly focusRing: typeof focusRing;
}

const base = { space, radii, fontSizes, fontWeights, elevation, motion, focusRing };

export const lightTheme: Theme = { scheme: 'light', colors: lightColors, ...base };
export const darkTheme: Theme = { scheme: 'dark', colors: darkColors, ...base };

/** Recursively optional, for {@link createTheme} overrides. */
export type ThemeOverrides = {
  readonly [K in keyof Theme]?: Theme[K] extends object
    ? { readonly [P in keyof Theme[K]]?: Theme[K][P] }
    : Theme[K];
};

/**
 * A theme from a base (light by default) with some tokens replaced.
 * Token groups merge one level deep: `{ colors: { primary: '#0a7' } }`
 * keeps every other color. Contrast is your responsibility for overrides.
 */
export function createTheme(overrides: ThemeOverrides = {}, baseTheme: Theme = lightTheme): Theme {
  const merged: Record<string, unknown> = { ...baseTheme };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? { ...current, ...value }
        : value;
  }
  return merged as unknown as Theme;
}
