/** @jsxImportSource @emotion/react */
import { describe, expect, it } from 'vitest';

import { arrowStep, wrapIndex } from './radioNavigation';

describe('arrowStep', () => {
  it('Down/Up are next/previous in both directions', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(arrowStep('ArrowDown', dir)).toBe(1);
      expect(arrowStep('ArrowUp', dir)).toBe(-1);
    }
  });

  it('Right is next in LTR, Left is next in RTL', () => {
    expect(arrowStep('ArrowRight', 'ltr')).toBe(1);
    expect(arrowStep('ArrowLeft', 'ltr')).toBe(-1);
    expect(arrowStep('ArrowLeft', 'rtl')).toBe(1);
    expect(arrowStep('ArrowRight', 'rtl')).toBe(-1);
  });

  it('ignores other keys', () => {
    expect(arrowStep('Home', 'ltr')).toBeNull();
    expect(arrowStep(' ', 'rtl')).toBeNull();
  });
});

describe('wrapIndex', () => {
  it('wraps at both ends', () => {
    expect(wrapIndex(2, 1, 3)).toBe(0);
    expect(wrapIndex(0, -1, 3)).toBe(2);
    expect(wrapIndex(1, 1, 3)).toBe(2);
  });
});
