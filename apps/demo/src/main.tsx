import { detectLocale, I18nProvider } from '@globalkit/i18n';
import type { GlobalkitI18n } from '@globalkit/i18n';
import { jurisdictionFor } from '@globalkit/regions';
import type { RegionId } from '@globalkit/regions';
import { GlobalkitProvider } from '@globalkit/ui-rtl';
import { startTransition, StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { BootShell } from './components/BootShell';
import { regionBaseUrls } from './config/regionBaseUrls';
import { createDemoI18n } from './i18n/createDemoI18n';
import { fontsBeforeRender } from './lib/fontsReady';
import { prepareIntlDataOffMainThread } from './lib/intlDataWorker';
import { parseAppQuery } from './lib/appQuery';
import { yieldToBrowser } from './lib/yieldToBrowser';
import { preloadRoute } from './routing/RouteOutlet';
import { routeFor } from './routing/routes';
import { prefetchesPricing } from './session/bootRequests';
import { startSession } from './session/startSession';

/**
 * The per-request nonce the preview server wrote into Vite's
 * `<meta property="csp-nonce">`; emotion's `<style>` tags must carry it.
 * Read from the property: browsers hide the attribute's value from scripts.
 */
function cspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute('nonce') || '';
  return nonce === '' ? undefined : nonce;
}

/**
 * Boot without waiting for the network's slowest answer:
 * 1. negotiate the locale from what is known locally — stored choice → `?lng` →
 *    browser languages → the languages of `?country=`'s home region (from the
 *    catalog, no request) → en-US — and load only that locale's strings;
 * 2. render the localized shell (header, navigation, a loading state in main)
 *    while `/api/geo` is still out, however slow it is;
 * 3. when geo answers, re-negotiate with the real home region (this changes the
 *    locale only when the visitor expressed no preference) and render the app.
 */
async function boot(container: HTMLElement): Promise<void> {
  // Start-up is cut into tasks (yieldToBrowser) so none blocks the page for long: evaluating
  // the modules, starting the requests, setting up i18next. The boot requests for a
  // `?country=` page were preloaded with the HTML, so these yields delay no answer.
  await yieldToBrowser();
  const query = parseAppQuery(window.location.search);
  const baseUrls = regionBaseUrls(import.meta.env.VITE_REGION_URLS);
  // Geo starts at once, in parallel with the strings; on /pricing with ?country= (jurisdiction known
  // from the catalog) so do the pricing and exchange-rates requests, through the same router.
  const prefetchPricing = prefetchesPricing(routeFor(window.location.pathname));
  const sessionReady = startSession(query.country, { baseUrls, pollMs: query.pollMs, prefetchPricing });
  const viewReady = preloadRoute(window.location.pathname);
  const guessedRegion = query.country === undefined ? undefined : jurisdictionFor(query.country).homeRegion;
  await yieldToBrowser();
  // createI18n sets <html lang dir> synchronously, before anything renders.
  const i18n = createDemoI18n(guessedRegion);
  // While the locale's strings download, a worker loads what the first render would otherwise pay
  // for in its longest task: ICU data (the cache is per process, so the page finds it loaded).
  // (No prepareRtlStyles(): the design system's rules and the demo's are all logical, so
  // right-to-left pages never run cssjanus and need no warm-up.)
  const intlReady = prepareIntlDataOffMainThread(i18n.locale);
  await i18n.ready;
  await intlReady;
  await fontsBeforeRender(i18n.locale, shellText(i18n));

  const root = createRoot(container);
  const nonce = cspNonce();
  // Transitions: React renders in time slices and yields to the browser, so mounting the
  // whole app (header, consent, the first view) is many short tasks, not one long one.
  const render = (children: ReactNode) =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <I18nProvider i18n={i18n}>
            <GlobalkitProvider nonce={nonce}>{children}</GlobalkitProvider>
          </I18nProvider>
        </StrictMode>,
      ),
    );
  render(<BootShell />);

  const [session] = await Promise.all([sessionReady, viewReady]);
  await refineLocale(i18n, session.jurisdiction.homeRegion);
  render(<App initialSession={session} query={query} baseUrls={baseUrls} />);
}

/** Geo named the home region: its languages decide only where the visitor expressed no preference. */
async function refineLocale(i18n: GlobalkitI18n, region: RegionId): Promise<void> {
  const locale = detectLocale({ region, allowPseudoLocales: i18n.mode === 'development' });
  // The shell stays up (in the first locale) while the new locale's chunks load.
  if (locale === i18n.locale) return;
  await i18n.i18next.changeLanguage(locale);
  await fontsBeforeRender(locale, shellText(i18n));
}

/** The text the shell and the header show first: what the fonts must cover. */
function shellText(i18n: GlobalkitI18n): string {
  const keys = ['demo:app.name', 'demo:nav.home', 'demo:nav.pricing', 'demo:nav.status', 'demo:nav.privacy'];
  return `${keys.map((key) => i18n.t(key)).join(' ')} ${i18n.t('common:state.loading')} Aa0`;
}

const container = document.getElementById('root');
if (container) {
  boot(container).catch((error: unknown) => {
    // Nothing above rejects by design; if something still does, say so instead of a blank page.
    console.error(error);
    container.textContent = 'Atlas Cloud could not start. Reload the page to try again.';
  });
}
