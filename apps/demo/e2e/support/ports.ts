import { getRegion, REGION_IDS, type RegionId } from '@globalkit/regions';

import { DEFAULT_DEMO_PORT } from './paths';

/**
 * Ports of the seven regions: their dev ports (8101–8107), which the demo
 * bundle talks to by default. `E2E_REGION_PORT_BASE=9100` moves them to
 * 9101–9107 (the build then gets matching `VITE_REGION_URLS`), so the suite
 * can run while `pnpm start` occupies the dev ports.
 */
export function regionPorts(env: NodeJS.ProcessEnv = process.env): Record<RegionId, number> {
  const raw = env['E2E_REGION_PORT_BASE'];
  const base = raw === undefined || raw === '' ? undefined : Number(raw);
  if (base !== undefined && (!Number.isInteger(base) || base < 1024 || base > 65_000)) {
    throw new Error(
      `E2E_REGION_PORT_BASE must be an integer port base like 9100, got ${JSON.stringify(raw)}`,
    );
  }
  return Object.fromEntries(
    REGION_IDS.map((id) => {
      const devPort = getRegion(id).devPort;
      return [id, base === undefined ? devPort : base + (devPort % 100)];
    }),
  ) as Record<RegionId, number>;
}

/** True when the ports differ from the dev ports, i.e. the bundle needs `VITE_REGION_URLS`. */
export function portsAreCustom(ports: Record<RegionId, number>): boolean {
  return REGION_IDS.some((id) => ports[id] !== getRegion(id).devPort);
}

/**
 * Port of the demo's production server: 4173 (in the regional API's default
 * CORS allow-list), or `E2E_DEMO_PORT` — the regions are then started with
 * that origin allowed.
 */
export function demoPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['E2E_DEMO_PORT'];
  if (raw === undefined || raw === '') return DEFAULT_DEMO_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65_535) {
    throw new Error(`E2E_DEMO_PORT must be a port number, got ${JSON.stringify(raw)}`);
  }
  return port;
}
