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
    // The first family of the stack draws the locale's text, Latin included (every @fontsource
    // script package has a Latin subset). FontFaceSet#load fetches the faces of *every* family in
    // the list that cover the sample, so asking with the whole stack also downloaded plain Noto
    // Sans for Arabic, Hebrew and Hindi pages — ~27 KB the page never draws with.
    const [primary = ''] = fontStackFor(locale).split(',');
    await Promise.allSettled(
      ['400', '700'].map((weight) => document.fonts.load(`${weight} 16px ${primary.trim()}`, sample)),
    );
  };
  await Promise.race([load().catch(() => undefined), deadline]);
  clearTimeout(timer);
}
