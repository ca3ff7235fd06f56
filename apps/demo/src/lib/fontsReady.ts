import { fontStackFor, loadFontsFor } from '@globalkit/ui-rtl';

/**
 * Loads the web fonts of `locale` — the @fontsource stylesheets and the
 * regular and bold faces for the characters of `sample` — before the app
 * renders text in them, so text never swaps font (and re-wraps the header)
 * after first paint, the demo's largest layout shift. Waits at most
 * `timeoutMs`: on a slow network the app renders with the system fallback
 * (and swaps later) rather than waiting. Never rejects.
 */
export async function fontsBeforeRender(locale: string, sample: string, timeoutMs = 1500): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  const load = async () => {
    if (!(await loadFontsFor(locale))) return;
    const stack = fontStackFor(locale);
    await Promise.allSettled(
      ['400', '700'].map((weight) => document.fonts.load(`${weight} 16px ${stack}`, sample)),
    );
  };
  await Promise.race([load().catch(() => undefined), deadline]);
  clearTimeout(timer);
}
