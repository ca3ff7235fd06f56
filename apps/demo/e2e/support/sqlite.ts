import { existsSync } from 'node:fs';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { inject } from 'vitest';

import type { RegionId } from '@globalkit/regions';

/** Rows of `table` with `id`, read from a region's own database file, read-only. */
export function countRowsWithId(
  region: RegionId,
  table: 'privacy_requests' | 'consent_receipts',
  id: string,
): number {
  const file = join(inject('dataDir'), `${region}.sqlite`);
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE id = ?`).get(id) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}
