import { ConsentProvider } from '@globalkit/consent/react';
import type { RegionId } from '@globalkit/regions';
import { RegionProvider } from '@globalkit/regions/react';
import type { ReactNode } from 'react';

import { Layout } from './components/Layout';
import type { AppQuery } from './lib/appQuery';
import { SessionContext } from './session/SessionContext';
import type { Session } from './session/startSession';
import { useSessionController } from './session/useSessionController';

export interface AppProps {
  readonly initialSession: Session;
  readonly query: AppQuery;
  readonly baseUrls: Readonly<Record<RegionId, string>>;
}

/**
 * The visitor's session drives everything below it: the region router
 * (health, failover) and the consent policy are rebuilt — keyed — when the
 * simulated country changes.
 */
export function App({ initialSession, query, baseUrls }: AppProps): ReactNode {
  const value = useSessionController(initialSession, query, baseUrls);
  const { session } = value;
  const code = session.jurisdiction.subdivision ?? session.jurisdiction.country;
  return (
    <SessionContext.Provider value={value}>
      <RegionProvider key={`region:${code}`} router={session.router}>
        <ConsentProvider key={`consent:${code}`} jurisdiction={code} receipts={{ router: session.router }}>
          <Layout />
        </ConsentProvider>
      </RegionProvider>
    </SessionContext.Provider>
  );
}
