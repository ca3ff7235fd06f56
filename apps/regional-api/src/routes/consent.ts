import { randomUUID } from 'node:crypto';

import { Hono, type MiddlewareHandler } from 'hono';

import { readJsonBody } from '../body';
import { bodyJurisdiction, jurisdictionCode } from '../jurisdiction';
import { assertResidency } from '../residency';
import { consentReceiptSchema } from '../schemas';
import type { AppEnv, RouteDeps } from '../types';

/**
 * `POST /api/consent/receipts`: proof that a user made a consent decision,
 * stored in the user's home residency zone. No IP address or user agent is
 * kept — the receipt proves the decision, it does not profile the person.
 */
export function consentRoutes(deps: RouteDeps, limit: MiddlewareHandler<AppEnv>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/receipts', limit, async (c) => {
    const input = await readJsonBody(c, consentReceiptSchema);
    const jurisdiction = bodyJurisdiction(input.jurisdiction);
    // Checked before anything is written: a refused receipt leaves no trace.
    assertResidency(deps.region, jurisdiction);
    const id = randomUUID();
    deps.db.insertConsentReceipt({
      id,
      consentId: input.consentId,
      jurisdiction: jurisdictionCode(jurisdiction),
      residencyZone: jurisdiction.residencyZone,
      policyRevision: input.policyRevision,
      decisions: input.decisions,
      source: input.source,
      locale: input.locale,
      region: deps.region.id,
      receivedAt: new Date(deps.now()).toISOString(),
    });
    return c.json({ id, region: deps.region.id }, 201, { 'Cache-Control': 'no-store' });
  });
  return routes;
}
