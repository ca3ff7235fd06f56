import type { HttpBindings } from '@hono/node-server';
import type { Region } from '@globalkit/regions';

import type { RegionalDatabase } from './db';
import type { FaultInjector } from './faultInjector';

/**
 * Hono environment of every route. Bindings are `Partial` because unit tests
 * call `app.request()` without a Node socket behind the request.
 */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: { requestId: string };
}

/** One structured log record; printed as a single JSON line. */
export type LogEntry = Readonly<Record<string, unknown>> & { readonly msg: string };

export type Logger = (entry: LogEntry) => void;

/** What route modules need from the app; built once in `createApp`. */
export interface RouteDeps {
  readonly region: Region;
  readonly db: RegionalDatabase;
  /** Wall clock in epoch milliseconds; injected so tests control time. */
  readonly now: () => number;
  /** `now()` when the app was created, for `uptimeS`. */
  readonly startedAt: number;
  readonly version: string;
  readonly faults: FaultInjector;
  readonly log: Logger;
}
