import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';

import { CONSENT_COOKIE_NAME, createConsentStore } from '../../createConsentStore';
import type { ConsentStore, ConsentStoreOptions } from '../../createConsentStore';
import { readCookieHeader } from '../../parseConsentCookie';
import { ConsentContext } from './ConsentContext';

/** Props of {@link ConsentProvider}. */
export interface ConsentProviderProps extends Partial<Omit<ConsentStoreOptions, 'jurisdiction'>> {
  /** Jurisdiction code or object; required unless `store` is given. */
  readonly jurisdiction?: ConsentStoreOptions['jurisdiction'];
  /** Use an existing store instead of creating one. */
  readonly store?: ConsentStore;
  /**
   * The request's `Cookie` header, read on the server; the same value must
   * reach the client (e.g. serialized with the page) so both render alike.
   */
  readonly cookieHeader?: string;
  readonly children?: ReactNode;
}

/**
 * Provides one consent store to the widgets. SSR-safe: give the server's
 * `initialCookie` (or `cookieHeader`) and `gpc` (from `Sec-GPC`) on both the
 * server and the client, so the first client render equals the server's —
 * no banner flash, no hydration mismatch.
 */
export function ConsentProvider({
  store: given,
  cookieHeader,
  children,
  ...options
}: ConsentProviderProps): ReactNode {
  const [store] = useState(() => {
    if (given) return given;
    if (options.jurisdiction === undefined) {
      throw new Error(
        '@globalkit/consent: <ConsentProvider> needs a `jurisdiction` (e.g. "DE") or a `store`.',
      );
    }
    const initialCookie =
      options.initialCookie ?? readCookieHeader(cookieHeader, options.cookie?.name ?? CONSENT_COOKIE_NAME);
    return createConsentStore({
      ...options,
      jurisdiction: options.jurisdiction,
      ...(initialCookie === undefined ? {} : { initialCookie }),
    });
  });
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const [preferencesOwners, setPreferencesOwners] = useState(0);
  const registerPreferences = useCallback(() => {
    setPreferencesOwners((n) => n + 1);
    return () => setPreferencesOwners((n) => n - 1);
  }, []);
  return (
    <ConsentContext.Provider
      value={{ store, preferencesOpen, setPreferencesOpen, preferencesOwners, registerPreferences }}
    >
      {children}
    </ConsentContext.Provider>
  );
}
