import { CONSENT_PURPOSES } from './types';
import type { ConsentRecord } from './types';

/** Current cookie schema version. */
export const CONSENT_SCHEMA_VERSION = 2;

const SOURCE_CODES = { banner: 'b', preferences: 'p', gpc: 'g' } as const;
export { SOURCE_CODES };

/**
 * Encodes a record as a compact cookie value (no attributes):
 * `2.<revision>.<jurisdiction>.<flags>.<source>.<createdAt>.<updatedAt>.<expiresAt>.<id>`
 * with flags one `0`/`1` per purpose (functional, analytics, marketing,
 * sensitiveData, thirdPartySharing, crossBorderTransfer, gpcException) and
 * times in base-36 seconds. Every character is cookie-safe, so no escaping.
 *
 * @param state - A record, or anything holding one as `record` (a store state).
 * @returns The cookie value, or `''` when there is no record.
 */
export function serializeConsent(state: ConsentRecord | { readonly record: ConsentRecord | null }): string {
  const record = 'record' in state ? state.record : state;
  if (!record) return '';
  const flags =
    CONSENT_PURPOSES.map((p) => (record.decisions[p] ? '1' : '0')).join('') +
    (record.gpcException ? '1' : '0');
  const time = (ms: number) => Math.floor(ms / 1000).toString(36);
  return [
    CONSENT_SCHEMA_VERSION,
    record.policyRevision,
    record.jurisdiction,
    flags,
    SOURCE_CODES[record.source],
    time(record.createdAt),
    time(record.updatedAt),
    time(record.expiresAt),
    record.consentId,
  ].join('.');
}
