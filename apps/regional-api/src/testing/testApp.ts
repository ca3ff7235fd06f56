import type { RegionId } from '@globalkit/regions';

import { type AppConfig, createApp, type RegionalApp } from '../app';
import { RegionalDatabase } from '../db';
import type { LogEntry } from '../types';

/** A controllable clock: `now()` returns `t`, tests move it with `advance`. */
export interface TestClock {
  now: () => number;
  advance: (ms: number) => void;
  set: (epochMs: number) => void;
}

export function testClock(start = Date.UTC(2026, 0, 15, 9, 30)): TestClock {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (epochMs) => {
      t = epochMs;
    },
  };
}

export interface TestApp extends RegionalApp {
  readonly db: RegionalDatabase;
  readonly clock: TestClock;
  readonly logs: LogEntry[];
  /** `app.request` with a JSON body and the right content type. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
}

/** An app on an in-memory database with a fixed clock and captured logs. */
export function makeTestApp(
  options: Partial<Omit<AppConfig, 'db' | 'now' | 'logger'>> & {
    region?: RegionId;
    db?: RegionalDatabase;
  } = {},
): TestApp {
  const clock = testClock();
  const db = options.db ?? new RegionalDatabase(':memory:');
  const logs: LogEntry[] = [];
  const regional = createApp({
    faultsEnabled: true,
    trustProxy: true,
    ...options,
    region: options.region ?? 'eu-central-1',
    db,
    now: clock.now,
    logger: (entry) => logs.push(entry),
  });
  return {
    ...regional,
    db,
    clock,
    logs,
    post: (path, body, headers = {}) =>
      Promise.resolve(
        regional.app.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    get: (path, headers = {}) => Promise.resolve(regional.app.request(path, { headers })),
  };
}

/** Parses a JSON body as a plain record, failing loudly when it is not one. */
export async function json(response: Response): Promise<Record<string, unknown>> {
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Error(`expected a JSON object, got ${JSON.stringify(body)}`);
  }
  return body as Record<string, unknown>;
}

export const VALID_RECEIPT = {
  consentId: 'c0ffee-1234',
  jurisdiction: 'DE',
  policyRevision: '2026-01',
  decisions: { necessary: true, analytics: false, marketing: false },
  source: 'banner',
  locale: 'de',
} as const;

export const VALID_PRIVACY_REQUEST = {
  type: 'access',
  jurisdiction: 'DE',
  email: 'jane.doe@example.com',
  locale: 'de',
  details: 'Please send me everything you hold about me.',
} as const;
