/**
 * Design tokens: the raw values every theme is built from. Colors are chosen
 * for WCAG 2.2 AA (4.5:1 text, 3:1 UI and focus rings) in both schemes;
 * `tokens.test.ts` computes the ratios so a palette edit cannot regress them.
 */

/** Semantic colors of one scheme (light or dark). */
export interface ColorTokens {
  /** Page and component background. */
  readonly surface: string;
  /** Slightly raised background (cards, secondary buttons). */
  readonly surfaceRaised: string;
  /** Hover background of raised/ghost surfaces. */
  readonly surfaceHover: string;
  /** Body text on `surface` and `surfaceRaised`. */
  readonly text: string;
  /** Secondary text on `surface` (still 4.5:1). */
  readonly textMuted: string;
  /** Primary action background. */
  readonly primary: string;
  /** Primary action background while hovered or pressed. */
  readonly primaryHover: string;
  /** Text and icons on `primary` / `primaryHover`. */
  readonly onPrimary: string;
  /** Destructive action background. */
  readonly danger: string;
  /** Destructive action background while hovered or pressed. */
  readonly dangerHover: string;
  /** Text and icons on `danger` / `dangerHover`. */
  readonly onDanger: string;
  /** Success accent (icons, dots, borders, text) on `surface` / `surfaceRaised`. */
  readonly success: string;
  /** Warning accent (icons, dots, borders, text) on `surface` / `surfaceRaised`. */
  readonly warning: string;
  /** Component borders that identify a control (3:1 against `surface`). */
  readonly border: string;
  /** Focus indicator (3:1 against `surface`). */
  readonly focusRing: string;
}

export const lightColors: ColorTokens = {
  surface: '#ffffff',
  surfaceRaised: '#f3f4f6',
  surfaceHover: '#e5e7eb',
  text: '#111827',
  textMuted: '#4b5563',
  primary: '#1d4ed8',
  primaryHover: '#1e3a8a',
  onPrimary: '#ffffff',
  danger: '#b91c1c',
  dangerHover: '#7f1d1d',
  onDanger: '#ffffff',
  success: '#15803d',
  warning: '#b45309',
  border: '#6b7280',
  focusRing: '#1d4ed8',
};

export const darkColors: ColorTokens = {
  surface: '#111318',
  surfaceRaised: '#1c1f26',
  surfaceHover: '#2a2f38',
  text: '#f3f4f6',
  textMuted: '#b6bcc6',
  primary: '#93b4ff',
  primaryHover: '#bfd2ff',
  onPrimary: '#0b1220',
  danger: '#ff9a8f',
  dangerHover: '#ffc2bb',
  onDanger: '#1f0603',
  success: '#4ade80',
  warning: '#fbbf24',
  border: '#8b93a1',
  focusRing: '#93b4ff',
};

/** Spacing scale (rem, so it follows the user's font size). */
export const space = {
  none: '0',
  xxs: '0.125rem',
  xs: '0.25rem',
  sm: '0.5rem',
  md: '0.75rem',
  lg: '1rem',
  xl: '1.5rem',
  xxl: '2rem',
  xxxl: '3rem',
} as const;

/** A step of the {@link space} scale. */
export type SpaceToken = keyof typeof space;

export const radii = {
  none: '0',
  sm: '0.25rem',
  md: '0.5rem',
  lg: '0.75rem',
  pill: '999px',
} as const;

/** Type scale; line-height comes from the script (`lineHeightFor`) so it is not here. */
export const fontSizes = {
  xs: '0.75rem',
  sm: '0.875rem',
  md: '1rem',
  lg: '1.125rem',
  xl: '1.25rem',
  xxl: '1.5rem',
  xxxl: '2rem',
  display: '2.5rem',
} as const;

/** A step of the {@link fontSizes} scale. */
export type FontSizeToken = keyof typeof fontSizes;

export const fontWeights = {
  regular: 400,
  medium: 500,
  bold: 700,
} as const;

/**
 * Single-layer shadows with zero horizontal offset: they look the same in
 * both directions, so nothing needs flipping (cssjanus cannot flip
 * multi-layer shadows reliably).
 */
export const elevation = {
  none: 'none',
  sm: '0 1px 2px rgb(0 0 0 / 0.12)',
  md: '0 4px 12px rgb(0 0 0 / 0.16)',
  lg: '0 12px 32px rgb(0 0 0 / 0.2)',
} as const;

/** Motion; components apply transitions only under `prefers-reduced-motion: no-preference`. */
export const motion = {
  duration: { fast: '120ms', normal: '200ms', slow: '320ms' },
  easing: { standard: 'cubic-bezier(0.2, 0, 0, 1)' },
} as const;

export const focusRing = { width: '2px', offset: '2px' } as const;
