import { useContext, useSyncExternalStore } from 'react';

import type { ConsentState, ConsentStore } from '../../createConsentStore';
import { ConsentContext } from './ConsentContext';

/** What {@link useConsent} returns: the live state plus the store's actions. */
export interface UseConsentResult extends ConsentState {
  readonly store: ConsentStore;
  readonly isAllowed: ConsentStore['isAllowed'];
  readonly acceptAll: () => void;
  readonly rejectAll: () => void;
  readonly save: ConsentStore['save'];
  readonly withdraw: () => void;
  /** Whether the preferences dialog is open, and a way to open it from anywhere. */
  readonly preferencesOpen: boolean;
  readonly openPreferences: (open?: boolean) => void;
}

/**
 * The consent state of the nearest `ConsentProvider`, re-rendering on change.
 *
 * @throws Error outside a `ConsentProvider`.
 */
export function useConsent(): UseConsentResult {
  const context = useContext(ConsentContext);
  if (!context) throw new Error('@globalkit/consent: wrap your app in <ConsentProvider jurisdiction="…">.');
  const { store, preferencesOpen, setPreferencesOpen } = context;
  // The server snapshot is the same store state: it was built from the same initial cookie.
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  return {
    ...state,
    store,
    isAllowed: (purpose) => purpose === 'necessary' || state.decisions[purpose],
    acceptAll: () => store.acceptAll(),
    rejectAll: () => store.rejectAll(),
    save: store.save,
    withdraw: store.withdraw,
    preferencesOpen,
    openPreferences: (open = true) => setPreferencesOpen(open),
  };
}
