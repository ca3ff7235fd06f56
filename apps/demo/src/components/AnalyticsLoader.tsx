import { ConsentGate } from '@globalkit/consent/react';
import type { ReactNode } from 'react';

/** The analytics example's URL (served from `public/`). */
export const ANALYTICS_SRC = '/analytics.js';

/**
 * Inserts `/analytics.js` only once analytics is allowed under the
 * visitor's policy: never before consent where opt-in applies, and not
 * after an opt-out (or GPC, where it counts as one). ConsentGate decides.
 */
export function AnalyticsLoader(): ReactNode {
  return <ConsentGate category="analytics" src={ANALYTICS_SRC} />;
}
