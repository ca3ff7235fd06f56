import { detectLocale, useI18n } from '@globalkit/i18n';
import type { RegionId } from '@globalkit/regions';
import { useCallback, useMemo, useRef, useState } from 'react';

import { replaceSearch } from '../routing/history';
import { routeFor } from '../routing/routes';
import { withQueryParam } from '../lib/appQuery';
import type { AppQuery } from '../lib/appQuery';
import type { SessionContextValue } from './SessionContext';
import { startSession } from './startSession';
import type { Session } from './startSession';

/**
 * Owns the current visitor session: replaces it when the simulated country
 * changes (stopping the old router), re-negotiates the locale for the new
 * region unless the visitor chose one, and resets the currency choice.
 */
export function useSessionController(
  initial: Session,
  query: AppQuery,
  baseUrls: Readonly<Record<RegionId, string>>,
): SessionContextValue {
  const i18n = useI18n();
  const [session, setSession] = useState(initial);
  const [switching, setSwitching] = useState(false);
  const [currency, setCurrencyState] = useState<string | undefined>(undefined);
  const latest = useRef(0);
  // Disposed when replaced, not in an effect cleanup: StrictMode's rehearsal
  // unmount would otherwise stop the live session's failover log for good.
  const current = useRef(initial);

  const changeVisitor = useCallback(
    (country: string) => {
      replaceSearch(withQueryParam(window.location.search, 'country', country));
      const ticket = ++latest.current;
      setSwitching(true);
      // On the pricing page the new visitor's prices start in parallel with their geo request.
      const prefetchPricing = routeFor(window.location.pathname) === 'pricing';
      void startSession(country, { baseUrls, pollMs: query.pollMs, prefetchPricing }).then(async (next) => {
        // A newer choice superseded this one while geo was in flight.
        if (ticket !== latest.current) {
          next.dispose();
          return;
        }
        // detectLocale keeps an explicit choice or ?lng=; otherwise the new region's languages win.
        const locale = detectLocale({ region: next.jurisdiction.homeRegion });
        if (locale !== i18n.locale) await i18n.i18next.changeLanguage(locale);
        current.current.dispose();
        current.current = next;
        setCurrencyState(undefined);
        setSession(next);
        setSwitching(false);
      });
    },
    [baseUrls, query.pollMs, i18n],
  );

  const setCurrency = useCallback(
    (next: string) => {
      // Another currency is another question to the API: cached prices are not reused.
      session.resources.invalidate('/api/pricing', { prefix: true });
      setCurrencyState(next);
    },
    [session],
  );

  return useMemo(
    () => ({ session, switching, query, baseUrls, currency, setCurrency, changeVisitor }),
    [session, switching, query, baseUrls, currency, changeVisitor],
  );
}
