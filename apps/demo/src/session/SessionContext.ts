import { createContext, useContext } from 'react';
import type { RegionId } from '@globalkit/regions';

import type { AppQuery } from '../lib/appQuery';
import type { Session } from './startSession';

export interface SessionContextValue {
  readonly session: Session;
  /** A new visitor country is being resolved (geo in flight). */
  readonly switching: boolean;
  readonly query: AppQuery;
  readonly baseUrls: Readonly<Record<RegionId, string>>;
  /** The billing currency the visitor picked in the header; undefined → the jurisdiction's. */
  readonly currency: string | undefined;
  readonly setCurrency: (currency: string) => void;
  /** Simulates a visitor from `country`: updates `?country=` and restarts geo, pricing and consent. */
  readonly changeVisitor: (country: string) => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <App>.');
  return value;
}
