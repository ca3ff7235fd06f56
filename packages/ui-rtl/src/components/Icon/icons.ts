/**
 * The icon registry: 24×24 paths drawn for left-to-right reading, filled
 * with `currentColor`, each with an explicit mirror policy.
 *
 * - `'rtl'`: the icon points along the reading direction (back/forward,
 *   previous/next, undo/redo, send, external link) and is flipped in RTL.
 * - `'never'`: the meaning does not depend on direction (check, clock —
 *   clocks turn clockwise everywhere —, search, play — media timelines stay
 *   LTR —, close, globe, info, warning, chevronDown/Up — vertical —, more,
 *   error, success).
 */
export type MirrorPolicy = 'rtl' | 'never';

/** One registered icon. */
export interface IconDefinition {
  readonly path: string;
  readonly mirror: MirrorPolicy;
}

export const ICONS = {
  arrowBack: { mirror: 'rtl', path: 'M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z' },
  arrowForward: { mirror: 'rtl', path: 'M12 4l-1.41 1.41L16.17 11H4v2h12.17l-5.58 5.59L12 20l8-8z' },
  chevronStart: { mirror: 'rtl', path: 'M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z' },
  chevronEnd: { mirror: 'rtl', path: 'M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z' },
  undo: {
    mirror: 'rtl',
    path: 'M12.5 8c-2.65 0-5.05.99-6.9 2.6L2 7v9h9l-3.62-3.62c1.39-1.16 3.16-1.88 5.12-1.88 3.54 0 6.55 2.31 7.6 5.5l2.37-.78C21.08 11.03 17.15 8 12.5 8z',
  },
  redo: {
    mirror: 'rtl',
    path: 'M18.4 10.6C16.55 8.99 14.15 8 11.5 8c-4.65 0-8.58 3.03-9.96 7.22L3.9 16c1.05-3.19 4.05-5.5 7.6-5.5 1.95 0 3.73.72 5.12 1.88L13 16h9V7l-3.6 3.6z',
  },
  send: { mirror: 'rtl', path: 'M2.01 21 23 12 2.01 3 2 10l15 2-15 2z' },
  externalLink: {
    mirror: 'rtl',
    path: 'M19 19H5V5h7V3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14c1.1 0 2-.9 2-2v-7h-2v7zM14 3v2h3.59l-9.83 9.83 1.41 1.41L19 6.41V10h2V3h-7z',
  },
  check: { mirror: 'never', path: 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z' },
  clock: {
    mirror: 'never',
    path: 'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z',
  },
  search: {
    mirror: 'never',
    path: 'M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z',
  },
  play: { mirror: 'never', path: 'M8 5v14l11-7z' },
  close: {
    mirror: 'never',
    path: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  },
  globe: {
    mirror: 'never',
    path: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.93 6h-2.95a15.65 15.65 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.93 8zM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96zM4.26 14C4.1 13.36 4 12.69 4 12s.1-1.36.26-2h3.38c-.08.66-.14 1.32-.14 2s.06 1.34.14 2H4.26zm.82 2h2.95c.32 1.25.78 2.45 1.38 3.56A7.99 7.99 0 0 1 5.08 16zm2.95-8H5.08a7.99 7.99 0 0 1 4.33-3.56A15.65 15.65 0 0 0 8.03 8zM12 19.96c-.83-1.2-1.48-2.53-1.91-3.96h3.82c-.43 1.43-1.08 2.76-1.91 3.96zM14.34 14H9.66c-.09-.66-.16-1.32-.16-2s.07-1.35.16-2h4.68c.09.65.16 1.32.16 2s-.07 1.34-.16 2zm.25 5.56c.6-1.11 1.06-2.31 1.38-3.56h2.95a8.03 8.03 0 0 1-4.33 3.56zM16.36 14c.08-.66.14-1.32.14-2s-.06-1.34-.14-2h3.38c.16.64.26 1.31.26 2s-.1 1.36-.26 2h-3.38z',
  },
  info: {
    mirror: 'never',
    path: 'M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z',
  },
  warning: { mirror: 'never', path: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z' },
  chevronDown: { mirror: 'never', path: 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z' },
  chevronUp: { mirror: 'never', path: 'M12 8l-6 6 1.41 1.41L12 10.83l4.59 4.58L18 14z' },
  more: {
    mirror: 'never',
    path: 'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z',
  },
  error: {
    mirror: 'never',
    path: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z',
  },
  success: {
    mirror: 'never',
    path: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z',
  },
} as const satisfies Record<string, IconDefinition>;

/** Name of a registered icon. */
export type IconName = keyof typeof ICONS;

/** Every registered icon name. */
export const ICON_NAMES = Object.keys(ICONS) as IconName[];
