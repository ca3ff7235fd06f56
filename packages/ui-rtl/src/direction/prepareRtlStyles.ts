import { compile, middleware, serialize, stringify } from 'stylis';

import { rtlPlugin } from './rtlPlugin';

// One declaration that reaches cssjanus: its transform then runs all of its
// regular expressions once, whatever the rule contains.
const SAMPLE_RULE = '.gk-rtl-prepare{margin-left:0;}';

let prepared = false;

/**
 * Sets up the right-to-left style transform ahead of the first right-to-left
 * render.
 *
 * The first rule stylis-plugin-rtl mirrors pays a one-off cost: V8 compiles
 * cssjanus' ~25 regular expressions (measured ~30 ms in Node on a 2-core
 * VM; later rules take hundredths of a millisecond). Left alone, that lands
 * in the first commit of a right-to-left page: 70–100 ms of main thread at 4×
 * CPU throttling, measured on the demo's Arabic pricing page when its rules
 * still went through cssjanus. Call this while the page waits on the network
 * (its locale strings, fonts or data) and the cost moves into that idle time.
 * Only the first call does anything; it touches neither the DOM nor a cache.
 *
 * Only worth calling when the app's own styles use physical properties: the
 * components' rules never reach cssjanus, so on a page styled only by them
 * this call would compile it for nothing.
 *
 * @example
 * ```ts
 * const i18n = createI18n();
 * if (i18n.direction === 'rtl') prepareRtlStyles();
 * await i18n.ready;
 * ```
 */
export function prepareRtlStyles(): void {
  if (prepared) return;
  prepared = true;
  serialize(compile(SAMPLE_RULE), middleware([rtlPlugin, stringify]));
}
