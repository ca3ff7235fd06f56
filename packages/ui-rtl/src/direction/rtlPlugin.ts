import { RULESET, SUPPORTS } from 'stylis';
import type { Element, Middleware } from 'stylis';
import stylisRtlPlugin from 'stylis-plugin-rtl';

/**
 * Every text cssjanus (which stylis-plugin-rtl runs) can rewrite with its
 * default options, as a superset: a rule that matches none of these comes out
 * of cssjanus unchanged.
 * - `left` / `right` anywhere (properties, values, even some selectors);
 * - `direction:` (`ltr` ↔ `rtl` is only flipped there without the URL options);
 * - `[ns]e-resize` / `[ns]w-resize` cursors; box-shadow and text-shadow x offsets; `translate(X)`;
 * - a backtick (cssjanus escapes the first one);
 * - a horizontal background percentage (`background`, `-position`, `-position-x`);
 * - a border-radius value with two adjacent values in a group (one value per group is symmetric);
 * - a four-value margin / padding / border-width / *-color / border-style.
 * Kept deliberately loose: a false positive costs one cssjanus pass, a false
 * negative would leave a rule unmirrored. `rtlPlugin.test.ts` checks the
 * superset claim against cssjanus itself.
 */
const FLIPPABLE = new RegExp(
  [
    'left|right|direction\\s*:|resize|shadow|translate|`',
    'background(?:-position(?:-x)?)?\\s*:[^;}]*%',
    'border-radius\\s*:[^;}]*[^;}\\s/]\\s+[^;}\\s/]',
    '(?:margin|padding|border-width|-color|border-style)\\s*:\\s*[^;}\\s]+\\s+[^;}\\s]+\\s+[^;}\\s]+\\s+[^;}\\s]',
  ].join('|'),
  'i',
);

/**
 * Whether cssjanus could change anything in `element`: its own text (a
 * selector, an at-rule's prelude, a declaration) or any child's.
 *
 * @internal exported for tests
 */
export function mayFlip(element: Element): boolean {
  if (FLIPPABLE.test(element.value)) return true;
  const { children } = element;
  return typeof children === 'string' ? FLIPPABLE.test(children) : children.some(mayFlip);
}

/**
 * stylis-plugin-rtl, skipping rules it would leave unchanged.
 *
 * The plugin serialises every rule, runs cssjanus' ~25 regular expressions
 * over it and parses the result again. Most rules of a design system written
 * with logical properties (colours, fonts, flex, `padding-inline`) have
 * nothing to mirror; for those one regular-expression test replaces the round
 * trip, and the output is identical either way. On the demo's Arabic pricing
 * page (~120 rules) this took cssjanus from 74 to 58 ms of main thread at 4×
 * CPU in a profile; most of what remains is the one-off compilation of its
 * regular expressions, which `prepareRtlStyles()` moves out of the render.
 */
export const rtlPlugin: Middleware = (element, index, children, callback) => {
  // Only rules and @supports blocks are skipped. Keyframes (rare) always take the
  // round trip, which changes how the prefixer treats them even when nothing
  // flips; declarations are reached through their rule.
  const { type } = element;
  const skippable = type === RULESET || type === SUPPORTS;
  if (skippable && !mayFlip(element)) return undefined;
  return stylisRtlPlugin(element, index, children, callback);
};
