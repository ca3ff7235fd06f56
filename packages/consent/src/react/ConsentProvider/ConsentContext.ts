import { createContext } from 'react';

import type { ConsentStore } from '../../createConsentStore';

/** Shared store plus the preferences dialog state, so any widget can open it. */
export interface ConsentContextValue {
  readonly store: ConsentStore;
  readonly preferencesOpen: boolean;
  readonly setPreferencesOpen: (open: boolean) => void;
}

export const ConsentContext = createContext<ConsentContextValue | null>(null);
