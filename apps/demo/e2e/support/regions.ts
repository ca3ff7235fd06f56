import { inject } from 'vitest';

import type { RegionId } from '@globalkit/regions';

async function control(id: RegionId, action: 'kill' | 'start'): Promise<void> {
  const response = await fetch(`${inject('controlUrl')}/regions/${id}/${action}`, { method: 'POST' });
  if (!response.ok)
    throw new Error(`region control ${action} ${id}: ${response.status} ${await response.text()}`);
}

/** SIGKILLs the region's process and waits until it is gone. */
export const killRegion = (id: RegionId): Promise<void> => control(id, 'kill');
/** Starts the region again (same data dir) and waits for its listening line. */
export const startRegion = (id: RegionId): Promise<void> => control(id, 'start');

/** The region's API base URL as this run started it. */
export function regionUrl(id: RegionId): string {
  const url = inject('regionUrls')[id];
  if (!url) throw new Error(`no URL for region ${id}`);
  return url;
}

/** Fault settings of the regional API (`POST /__admin/faults`). */
export interface Faults {
  down?: boolean;
  latencyMs?: number;
  errorRate?: number;
  seed?: number | null;
}

export async function setFaults(id: RegionId, faults: Faults): Promise<void> {
  const response = await fetch(`${regionUrl(id)}/__admin/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`faults on ${id}: ${response.status} ${await response.text()}`);
}

export async function clearFaults(id: RegionId): Promise<void> {
  const response = await fetch(`${regionUrl(id)}/__admin/faults`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`clearing faults on ${id}: ${response.status} ${await response.text()}`);
}
