/**
 * Patterns cssjanus (stylis-plugin-rtl) cannot flip correctly, so they are
 * banned from component styles. Each rule names why; `styleLint.test.ts`
 * runs them over every component source file.
 */
export interface StyleLintRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly why: string;
}

export const STYLE_LINT_RULES: readonly StyleLintRule[] = [
  {
    id: 'multi-layer-box-shadow',
    // A box-shadow value with a comma between layers (outside parentheses).
    pattern: /box-?shadow['"]?\s*:\s*[`'"][^`'"]*\d[^`'"(]*(\([^)]*\)[^`'",(]*)*,\s*[^`'"]*[`'"]/i,
    why: 'multi-layer shadows are flipped inconsistently; use one layer with zero x offset',
  },
  {
    id: 'box-shadow-x-offset',
    pattern: /box-?shadow['"]?\s*:\s*[`'"]\s*(inset\s+)?-?(?!0(px)?\s)\d[\w.]*\s+-?\d/i,
    why: 'a horizontal shadow offset needs a direction-aware value; use 0 x offset',
  },
  {
    id: 'translate-x',
    pattern: /\b(translateX|translate3d)\s*\(|\btranslate['"]?\s*:/,
    why: 'cssjanus does not flip translate; use a direction-aware value (dir === "rtl" ? …)',
  },
  {
    id: 'inset-shorthand',
    pattern: /(^|[\s{,;'"])inset['"]?\s*:/,
    why: 'the `inset` shorthand is not flipped; use insetBlock/insetInline or inset-inline-start',
  },
  {
    id: 'var-calc-in-4-value-shorthand',
    pattern:
      /\b(margin|padding|border-?width|borderWidth)['"]?\s*:\s*[`'"][^`'";]*(var|calc)\([^`'";]*\s[^`'";]*\s[^`'";]*\s[^`'";]*[`'"]/i,
    why: 'cssjanus cannot reorder 4-value shorthands containing var()/calc(); use logical longhands',
  },
  {
    id: 'gradient-angle',
    pattern: /linear-gradient\(\s*(-?[\d.]+deg|to\s+(left|right))/i,
    why: 'gradient angles are not mirrored; pick the angle from the direction',
  },
];

/** One lint finding. */
export interface StyleLintFinding {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly why: string;
  readonly text: string;
}

/** Lints one source text; `file` is used for messages only. */
export function lintStyles(file: string, source: string): StyleLintFinding[] {
  const findings: StyleLintFinding[] = [];
  source.split('\n').forEach((text, index) => {
    if (/style-lint-ignore/.test(text)) return;
    for (const rule of STYLE_LINT_RULES) {
      if (rule.pattern.test(text))
        findings.push({ file, line: index + 1, rule: rule.id, why: rule.why, text: text.trim() });
    }
  });
  return findings;
}
