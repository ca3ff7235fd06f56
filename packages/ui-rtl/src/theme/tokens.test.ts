import { describe, expect, it } from 'vitest';

import { contrastRatio } from './contrast';
import { createTheme, darkTheme, lightTheme } from './theme';
import type { ColorTokens } from './tokens';

type Pair = [fg: keyof ColorTokens, bg: keyof ColorTokens, min: number];

// Every foreground/background pair a component actually renders.
const PAIRS: Pair[] = [
  ['text', 'surface', 4.5],
  ['text', 'surfaceRaised', 4.5],
  ['text', 'surfaceHover', 4.5],
  ['textMuted', 'surface', 4.5],
  ['textMuted', 'surfaceRaised', 4.5],
  ['onPrimary', 'primary', 4.5],
  ['onPrimary', 'primaryHover', 4.5],
  ['onDanger', 'danger', 4.5],
  ['onDanger', 'dangerHover', 4.5],
  ['primary', 'surface', 4.5], // ghost button text
  ['danger', 'surface', 4.5],
  ['danger', 'surfaceHover', 4.5],
  ['success', 'surface', 4.5],
  ['success', 'surfaceRaised', 4.5],
  ['warning', 'surface', 4.5],
  ['warning', 'surfaceRaised', 4.5],
  ['primary', 'surfaceHover', 4.5],
  ['focusRing', 'surface', 3],
  ['focusRing', 'surfaceRaised', 3],
  ['border', 'surface', 3],
  ['primary', 'surface', 3], // primary button boundary
];

describe.each([
  ['light', lightTheme],
  ['dark', darkTheme],
])('%s scheme contrast (WCAG 2.2 AA)', (_name, theme) => {
  it.each(PAIRS)('%s on %s ≥ %d:1', (fg, bg, min) => {
    expect(contrastRatio(theme.colors[fg], theme.colors[bg])).toBeGreaterThanOrEqual(min);
  });
});

describe('contrastRatio', () => {
  it('matches known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('rejects non-hex input with a clear error', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/expected #rgb/);
  });
});

describe('createTheme', () => {
  it('merges one level deep onto the base', () => {
    const theme = createTheme({ colors: { primary: '#005f73' } });
    expect(theme.colors.primary).toBe('#005f73');
    expect(theme.colors.text).toBe(lightTheme.colors.text);
    expect(theme.space).toBe(lightTheme.space);
  });
  it('accepts a dark base', () => {
    expect(createTheme({}, darkTheme).scheme).toBe('dark');
  });
});
