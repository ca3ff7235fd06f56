import { compile, KEYFRAMES, RULESET, serialize, stringify, SUPPORTS } from 'stylis';
import type { Element, Middleware } from 'stylis';
import stylisRtlPlugin from 'stylis-plugin-rtl';

/**
 * One value of a four-value `*-color` / `border-style`, as loose as needed to
 * cover cssjanus' colour pattern (a name or `#hex`, escapes included, or an
 * `rgb[a]()` / `hsl[a]()` call): a token without `(`, or one of those calls.
 * `color-mix(…)` and `var(…)` are not colours to cssjanus and are not here.
 */
const COLOR = String.raw`(?:(?:\\[\s\S]|[^;}\s(\\])+|(?:rgba?|hsla?)\([^)]*\))`;

/**
 * Every text cssjanus (which stylis-plugin-rtl runs) can rewrite with its
 * default options, as a superset: a rule that matches none of these comes out
 * of cssjanus unchanged.
 * - `left` / `right` anywhere (properties, values, even some selectors);
 * - `direction:` followed by `ltr` or `rtl` (the only place cssjanus flips them without the URL
 *   options; `flex-direction: row` is not a match);
 * - `[ns]e-resize` / `[ns]w-resize` cursors (not the `resize` property); `translate(X)`;
 * - a box-shadow whose first x offset is not zero (cssjanus flips only that one, and leaves
 *   zeros alone), and any text-shadow;
 * - a backtick (cssjanus escapes the first one);
 * - a horizontal background percentage (`background`, `-position`, `-position-x`);
 * - a border-radius value with two adjacent values in a group (one value per group is symmetric);
 * - a four-value margin / padding / border-width, or a four-colour `*-color` / border-style.
 * Kept deliberately loose: a false positive costs one cssjanus pass, a false
 * negative would leave a rule unmirrored. `rtlPlugin.test.ts` checks the
 * superset claim against cssjanus itself. It is not looser than it has to be
 * on what this design system writes (flex layouts, single-layer shadows with
 * zero x offset, see styleLint.ts): none of its own rules reaches cssjanus,
 * so a page styled only by it never pays for compiling cssjanus' regular
 * expressions (19 ms of main thread per Arabic page load in Chromium on a
 * 2-core VM; 70–100 ms at 4× CPU throttling).
 */
const FLIPPABLE = new RegExp(
  [
    'left|right|direction\\s*:\\s*(?:ltr|rtl)|[ew]-resize|text-shadow|translate|`',
    'box-shadow\\s*:\\s*(?:inset\\s*)?[-+]?(?:[0-9]*\\.)?[0-9]*[1-9]',
    'background(?:-position(?:-x)?)?\\s*:[^;}]*%',
    'border-radius\\s*:[^;}]*[^;}\\s/]\\s+[^;}\\s/]',
    '(?:margin|padding|border-width)\\s*:\\s*[^;}\\s]+\\s+[^;}\\s]+\\s+[^;}\\s]+\\s+[^;}\\s]',
    `(?:-color|border-style)\\s*:\\s*${COLOR}\\s+${COLOR}\\s+${COLOR}\\s+${COLOR}`,
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
 * trip, and the output is identical either way. On the demo's Arabic pages
 * no rule reaches cssjanus at all, so its regular expressions are never
 * compiled; an app whose own CSS has physical properties pays that once per
 * page, and `prepareRtlStyles()` moves it out of the render.
 */
export const rtlPlugin: Middleware = (element, index, children, callback) => {
  // Declarations are reached through their rule.
  const { type } = element;
  if ((type === RULESET || type === SUPPORTS) && !mayFlip(element)) return undefined;
  if (type === KEYFRAMES && !mayFlip(element)) {
    // The plugin's round trip changes how the prefixer treats keyframes even when
    // nothing flips (their steps come back as fresh, unprefixed rules), so it is
    // kept, minus cssjanus, which would return the text unchanged.
    const text = serialize([element], stringify);
    element.children = text ? (compile(text)[0]?.children ?? []) : [];
    element.return = '';
    return undefined;
  }
  return stylisRtlPlugin(element, index, children, callback);
};
