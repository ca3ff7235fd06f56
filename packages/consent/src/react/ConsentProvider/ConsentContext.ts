import { createContext } from 'react';

import type { ConsentStore } from '../../createConsentStore';

/** Shared store plus the preferences dialog state, so any widget can open it. */
export interface ConsentContextValue {
  readonly store: ConsentStore;
  readonly preferencesOpen: boolean;
  readonly setPreferencesOpen: (open: boolean) => void;
  /**
   * How many app-rendered `<ConsentPreferences>` follow the shared open state.
   * While one does, the banner's buttons open that dialog instead of their own,
   * so exactly one preferences dialog opens.
   */
  readonly preferencesOwners: number;
  /** Counts one more owner until the returned function is called. */
  readonly registerPreferences: () => () => void;
}

export const ConsentContext = createContext<ConsentContextValue | null>(null);
