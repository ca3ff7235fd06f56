/**
 * Loads the ICU data the first render of the app formats with — region
 * names (the visitor select), currency amounts, long dates — for `locale`.
 *
 * The first `Intl` constructor of each kind on a page loads its data from
 * ICU: the first `Intl.DisplayNames` alone took ~50 ms of main thread at 4×
 * CPU in the demo's profile (17 ms in Node here), every later one is almost
 * free. Boot runs this in a worker while it waits for the locale's strings
 * (intlDataWorker.ts), so that cost is off the main thread instead of part of
 * the first render's longest task. Never throws: a locale the engine rejects
 * only means nothing is prepared.
 *
 * @returns whether the three formatters could be built for `locale`
 */
export function prepareIntlData(locale: string): boolean {
  try {
    new Intl.DisplayNames(locale, { type: 'region' }).of('US');
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(1);
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
    return true;
  } catch {
    // Preparation only: the components report their own errors.
    return false;
  }
}
