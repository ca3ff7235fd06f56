import { Hono } from 'hono';

import { readJsonBody } from '../body';
import { faultSettingsSchema } from '../schemas';
import type { AppEnv, RouteDeps } from '../types';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Fault switches and database open/close, for tests and demos only: the app
 * mounts these routes only when faults are enabled (NODE_ENV test or
 * development, or GLOBALKIT_FAULTS=1), so production answers 404.
 */
export function adminRoutes(deps: RouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/faults', (c) => c.json(deps.faults.settings, 200, NO_STORE));

  routes.post('/faults', async (c) => {
    const changes = await readJsonBody(c, faultSettingsSchema);
    // exactOptionalPropertyTypes: drop keys that were absent, not undefined-valued.
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const settings = deps.faults.update(defined);
    deps.log({ msg: 'faults', region: deps.region.id, ...settings });
    return c.json(settings, 200, NO_STORE);
  });

  routes.delete('/faults', (c) => {
    const settings = deps.faults.reset();
    deps.log({ msg: 'faults', region: deps.region.id, ...settings });
    return c.json(settings, 200, NO_STORE);
  });

  routes.post('/db/close', (c) => {
    deps.db.close();
    deps.log({ msg: 'database closed', region: deps.region.id });
    return c.json({ database: 'closed' }, 200, NO_STORE);
  });

  routes.post('/db/open', (c) => {
    deps.db.open();
    deps.log({ msg: 'database opened', region: deps.region.id });
    return c.json({ database: 'open' }, 200, NO_STORE);
  });

  return routes;
}
