import { randomUUID } from 'node:crypto';

import { Hono, type MiddlewareHandler } from 'hono';

import { readJsonBody } from '../body';
import type { PrivacyRequestRecord } from '../db';
import { ApiError } from '../errors';
import { bodyJurisdiction, jurisdictionCode } from '../jurisdiction';
import { dueDateFor, privacyFrameworkFor } from '../privacyDeadlines';
import { assertResidency } from '../residency';
import { privacyRequestSchema } from '../schemas';
import type { AppEnv, RouteDeps } from '../types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `jane.doe@example.com` → `j***@example.com`: enough to recognise, not to harvest. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0] ?? ''}***${email.slice(at)}`;
}

/**
 * The public view of a stored request. Free-text `details` are withheld —
 * they often repeat contact data — and only their presence is reported;
 * the id is an unguessable UUID, but still not a login.
 */
function publicView(record: PrivacyRequestRecord) {
  return {
    id: record.id,
    type: record.type,
    jurisdiction: record.jurisdiction,
    framework: record.framework,
    email: maskEmail(record.email),
    locale: record.locale,
    hasDetails: record.details !== null,
    status: record.status,
    region: record.region,
    receivedAt: record.receivedAt,
    dueAt: record.dueAt,
  };
}

/** Data-subject requests (access, erasure, …), stored in the home zone with a legal due date. */
export function privacyRoutes(deps: RouteDeps, limit: MiddlewareHandler<AppEnv>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/requests', limit, async (c) => {
    const input = await readJsonBody(c, privacyRequestSchema);
    const jurisdiction = bodyJurisdiction(input.jurisdiction);
    assertResidency(deps.region, jurisdiction);
    const receivedAt = new Date(deps.now());
    const framework = privacyFrameworkFor(jurisdiction);
    const dueAt = dueDateFor(framework, receivedAt).toISOString();
    const id = randomUUID();
    deps.db.insertPrivacyRequest({
      id,
      type: input.type,
      jurisdiction: jurisdictionCode(jurisdiction),
      residencyZone: jurisdiction.residencyZone,
      framework,
      email: input.email,
      locale: input.locale,
      details: input.details ?? null,
      status: 'received',
      region: deps.region.id,
      receivedAt: receivedAt.toISOString(),
      dueAt,
    });
    return c.json({ id, region: deps.region.id, dueAt, framework }, 201, {
      'Cache-Control': 'no-store',
      Location: `/api/privacy/requests/${id}`,
    });
  });

  routes.get('/requests/:id', (c) => {
    const id = c.req.param('id');
    if (!UUID.test(id)) throw new ApiError(400, 'Invalid request id: expected a UUID');
    const record = deps.db.findPrivacyRequest(id.toLowerCase());
    if (!record) throw new ApiError(404, 'Privacy request not found');
    return c.json(publicView(record), 200, { 'Cache-Control': 'no-store' });
  });

  return routes;
}
