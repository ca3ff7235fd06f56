import type { Direction } from '@globalkit/i18n';

/**
 * Step for an arrow key in a radio group (WAI-ARIA APG radio pattern):
 * Down/Up are next/previous; Right/Left follow the visual direction —
 * Right is next in LTR, Left is next in RTL. Null for any other key.
 */
export function arrowStep(key: string, dir: Direction): 1 | -1 | null {
  switch (key) {
    case 'ArrowDown':
      return 1;
    case 'ArrowUp':
      return -1;
    case 'ArrowRight':
      return dir === 'rtl' ? -1 : 1;
    case 'ArrowLeft':
      return dir === 'rtl' ? 1 : -1;
    default:
      return null;
  }
}

/** Index `step` away from `index` among `count` items, wrapping at both ends. */
export function wrapIndex(index: number, step: number, count: number): number {
  return (((index + step) % count) + count) % count;
}
