import type { Middleware } from 'stylis';

/**
 * For `vi.mock('stylis-plugin-rtl', …)`: stylis-plugin-rtl with every rule,
 * keyframes block and `@supports` block it hands to cssjanus recorded (by
 * selector or prelude) in `reached`, then processed as usual. An empty list
 * after rendering means the page never ran cssjanus, so never paid for
 * compiling its regular expressions (see `direction/rtlPlugin.ts`).
 *
 * @example
 * ```ts
 * const { reached } = vi.hoisted(() => ({ reached: [] as string[] }));
 * vi.mock('stylis-plugin-rtl', async (importOriginal) => {
 *   const { recordCssjanusRules } = await import('…/testing/recordCssjanusRules');
 *   return recordCssjanusRules(await importOriginal(), reached);
 * });
 * ```
 */
export function recordCssjanusRules(
  actual: { readonly default: Middleware },
  reached: string[],
): { default: Middleware } {
  const plugin: Middleware = (element, ...rest) => {
    // The element types stylis-plugin-rtl transforms; it ignores the others.
    if (element.type === 'rule' || element.type === '@keyframes' || element.type === '@supports') {
      reached.push(String(element.value));
    }
    return actual.default(element, ...rest);
  };
  return { default: plugin };
}
