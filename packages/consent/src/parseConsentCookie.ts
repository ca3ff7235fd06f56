import { CONSENT_SCHEMA_VERSION, SOURCE_CODES } from './serializeConsent';
import { CONSENT_PURPOSES } from './types';
import type { ConsentPurpose, ConsentRecord, ConsentSource } from './types';

/** Options for {@link parseConsentCookie}. */
export interface ParseConsentOptions {
  /** Current time (epoch ms) for the expiry check. @defaultValue `Date.now()` */
  readonly now?: number;
}

// Strict shapes: anything else (foreign formats, truncation, tampering) is "no consent".
const REVISION = /^[\w-]{1,32}$/;
const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
/** v2 ids are 16 random bytes in hex; v1 ids were free-form. */
const ID = /^[0-9a-f]{32}$/;
const V1_ID = /^[\w-]{8,64}$/;
/** Seconds in base 36, canonical: no leading zeros, so one record has exactly one serialization. */
const TIME = /^(0|[1-9a-z][0-9a-z]{0,7})$/;
/** v1 records carried no expiry; they get the shortest lifetime we use anywhere (GDPR, 182 days). */
const V1_LIFETIME_MS = 182 * 86_400_000;
const SOURCES: Record<string, ConsentSource> = Object.fromEntries(
  Object.entries(SOURCE_CODES).map(([source, code]) => [code, source as ConsentSource]),
);

function time(text: string | undefined): number | undefined {
  if (text === undefined || !TIME.test(text)) return undefined;
  return parseInt(text, 36) * 1000;
}

/**
 * v1 (`1.<revision>.<jurisdiction>.<fam>.<updatedAt>.<id>`: three flags for
 * functional/analytics/marketing, no source or expiry) rewritten as v2 parts,
 * so one validator serves both.
 */
function upgradeV1(parts: readonly string[]): string[] | null {
  const [, revision = '', jurisdiction = '', flags = '', updated = '', id = ''] = parts;
  const updatedAt = time(updated);
  if (parts.length !== 6 || updatedAt === undefined || !/^[01]{3}$/.test(flags)) return null;
  const expires = Math.floor((updatedAt + V1_LIFETIME_MS) / 1000).toString(36);
  return ['2', revision, jurisdiction, `${flags}0000`, 'b', updated, updated, expires, id];
}

function parseV2(parts: readonly string[], idPattern: RegExp): ConsentRecord | null {
  const [
    ,
    revision = '',
    jurisdiction = '',
    flags = '',
    sourceCode = '',
    created,
    updated,
    expires,
    id = '',
  ] = parts;
  const source = SOURCES[sourceCode];
  const createdAt = time(created);
  const updatedAt = time(updated);
  const expiresAt = time(expires);
  if (parts.length !== 9 || !/^[01]{7}$/.test(flags) || !source || createdAt === undefined) return null;
  if (updatedAt === undefined || expiresAt === undefined || updatedAt < createdAt) return null;
  if (!REVISION.test(revision) || !JURISDICTION.test(jurisdiction) || !idPattern.test(id)) return null;
  const decisions = {} as Record<ConsentPurpose, boolean>;
  CONSENT_PURPOSES.forEach((purpose, i) => (decisions[purpose] = flags[i] === '1'));
  return {
    schema: 2,
    policyRevision: revision,
    jurisdiction,
    decisions,
    gpcException: flags[6] === '1',
    source,
    createdAt,
    updatedAt,
    expiresAt,
    consentId: id,
  };
}

/**
 * Reads a consent cookie value. Tolerant by design: a missing, corrupt,
 * truncated, foreign, future-schema or expired value returns `null` ("no
 * consent yet", so nothing optional runs) and never throws. v1 values are
 * migrated to v2.
 *
 * @param value - The raw cookie value (URL-encoded values are decoded).
 */
export function parseConsentCookie(value: unknown, options: ParseConsentOptions = {}): ConsentRecord | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 512) return null;
  let text = value.trim();
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  const parts = text.split('.');
  const version = parts[0];
  const upgraded = version === '1' ? upgradeV1(parts) : null;
  const record = upgraded
    ? parseV2(upgraded, V1_ID)
    : version === String(CONSENT_SCHEMA_VERSION)
      ? parseV2(parts, ID)
      : null;
  if (!record) return null;
  return record.expiresAt > (options.now ?? Date.now()) ? record : null;
}

/**
 * Picks the consent cookie out of a `Cookie` request header (server side) or
 * `document.cookie`. Returns `undefined` when absent.
 */
export function readCookieHeader(header: string | null | undefined, name: string): string | undefined {
  if (typeof header !== 'string') return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}
