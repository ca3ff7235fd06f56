import { CONSENT_SCHEMA_VERSION, SOURCE_CODES } from './serializeConsent';
import { CONSENT_PURPOSES } from './types';
import type { ConsentPurpose, ConsentRecord, ConsentSource } from './types';

/** Options for {@link parseConsentCookie}. */
export interface ParseConsentOptions {
  /** Current time (epoch ms) for the expiry check. @defaultValue `Date.now()` */
  readonly now?: number;
}

// Strict shapes, one pattern per dot-separated field: anything else (foreign
// formats, truncation, tampering) is "no consent".
const REVISION = /^[\w-]{1,32}$/;
const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
/** Seconds in base 36, canonical: no leading zeros, so one record has exactly one serialization. */
const TIME = /^(0|[1-9a-z][0-9a-z]{0,7})$/;
/** Source code → source. A Map, so a code like `constructor` finds nothing. */
const SOURCES = new Map<string, ConsentSource>(
  Object.entries(SOURCE_CODES).map(([source, code]) => [code, source as ConsentSource]),
);
/** `2.<revision>.<jurisdiction>.<flags>.<source>.<createdAt>.<updatedAt>.<expiresAt>.<id>`; ids are 16 random bytes in hex. */
const V2 = [/^2$/, REVISION, JURISDICTION, /^[01]{7}$/, /^[a-z]$/, TIME, TIME, TIME, /^[0-9a-f]{32}$/];
/** `1.<revision>.<jurisdiction>.<fam>.<updatedAt>.<id>`: three flags, no source or expiry, free-form ids. */
const V1 = [/^1$/, REVISION, JURISDICTION, /^[01]{3}$/, TIME, /^[\w-]{8,64}$/];
/** v1 records carried no expiry; they get the shortest lifetime we use anywhere (GDPR, 182 days). */
const V1_LIFETIME_S = 182 * 86_400;

type V2Parts = [
  version: string,
  revision: string,
  jurisdiction: string,
  flags: string,
  source: string,
  createdAt: string,
  updatedAt: string,
  expiresAt: string,
  id: string,
];
type V1Parts = [
  version: string,
  revision: string,
  jurisdiction: string,
  fam: string,
  updatedAt: string,
  id: string,
];

/** Milliseconds from a field that matched {@link TIME}. */
const fromTime = (text: string): number => parseInt(text, 36) * 1000;

function matches(parts: readonly string[], fields: readonly RegExp[]): boolean {
  return parts.length === fields.length && fields.every((field, i) => field.test(parts[i] ?? ''));
}

/**
 * v1 rewritten as v2 parts (source banner, created = updated), so one reader
 * serves both; null when the computed expiry is not a valid {@link TIME}.
 */
function upgradeV1([, revision, jurisdiction, fam, updated, id]: V1Parts): V2Parts | null {
  const expires = (parseInt(updated, 36) + V1_LIFETIME_S).toString(36);
  if (!TIME.test(expires)) return null;
  return ['2', revision, jurisdiction, `${fam}0000`, SOURCE_CODES.banner, updated, updated, expires, id];
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
  const v2 = matches(parts, V1)
    ? upgradeV1(parts as V1Parts)
    : matches(parts, V2)
      ? (parts as V2Parts)
      : null;
  if (!v2) return null;
  const [, policyRevision, jurisdiction, flags, sourceCode, created, updated, expires, consentId] = v2;
  const source = SOURCES.get(sourceCode);
  const createdAt = fromTime(created);
  const updatedAt = fromTime(updated);
  const expiresAt = fromTime(expires);
  if (!source || updatedAt < createdAt || expiresAt <= (options.now ?? Date.now())) return null;
  const decisions = {} as Record<ConsentPurpose, boolean>;
  CONSENT_PURPOSES.forEach((purpose, i) => (decisions[purpose] = flags[i] === '1'));
  return {
    schema: CONSENT_SCHEMA_VERSION,
    policyRevision,
    jurisdiction,
    decisions,
    gpcException: flags[6] === '1',
    source,
    createdAt,
    updatedAt,
    expiresAt,
    consentId,
  };
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
