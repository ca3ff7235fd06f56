import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseConsentCookie, readCookieHeader } from './parseConsentCookie';
import { serializeConsent } from './serializeConsent';
import type { ConsentRecord } from './types';
import { CONSENT_PURPOSES, NO_CONSENT } from './types';

const NOW = Date.UTC(2026, 10, 1);
const record: ConsentRecord = {
  schema: 2,
  policyRevision: '2026-11',
  jurisdiction: 'US-CA',
  decisions: { ...NO_CONSENT, analytics: true, marketing: true },
  gpcException: true,
  source: 'preferences',
  createdAt: NOW - 5000,
  updatedAt: NOW,
  expiresAt: NOW + 86_400_000,
  consentId: '0123456789abcdef0123456789abcdef',
};

describe('serializeConsent / parseConsentCookie', () => {
  it('round-trips a record', () => {
    const value = serializeConsent(record);
    expect(value).toMatch(/^2\.2026-11\.US-CA\.0110001\.p\./);
    expect(parseConsentCookie(value, { now: NOW })).toEqual(record);
    expect(serializeConsent({ record })).toBe(value);
    expect(serializeConsent({ record: null })).toBe('');
  });

  it('accepts URL-encoded values', () => {
    expect(parseConsentCookie(encodeURIComponent(serializeConsent(record)), { now: NOW })).toEqual(record);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['not a string', 42],
    ['foreign format', '{"analytics":true}'],
    ['OneTrust-like', 'isGpcEnabled=0&datestamp=Tue+Nov&groups=C0001:1,C0002:1'],
    ['future schema', serializeConsent(record).replace(/^2/, '3')],
    ['truncated', serializeConsent(record).slice(0, -20)],
    ['bad flags', serializeConsent(record).replace('0110001', '01x0001')],
    ['bad percent', '%E0%A4%A'],
    // An Object.prototype key is not a source code (was parsed with `source` set to a function).
    ['prototype key as source', serializeConsent(record).replace('.p.', '.constructor.')],
    ['prototype key as source code', serializeConsent(record).replace('.p.', '.toString.')],
    ['unknown source code', serializeConsent(record).replace('.p.', '.x.')],
  ])('treats %s as no consent', (_, value) => {
    expect(parseConsentCookie(value, { now: NOW })).toBeNull();
  });

  it('treats an expired record as no consent', () => {
    expect(parseConsentCookie(serializeConsent(record), { now: record.expiresAt + 1 })).toBeNull();
  });

  it('migrates v1 with the shortest lifetime', () => {
    const updated = Math.floor(NOW / 1000).toString(36);
    const migrated = parseConsentCookie(`1.2026-11.DE.110.${updated}.abcdef123456`, { now: NOW });
    expect(migrated).toMatchObject({
      schema: 2,
      jurisdiction: 'DE',
      decisions: { functional: true, analytics: true, marketing: false, crossBorderTransfer: false },
      source: 'banner',
      expiresAt: NOW + 182 * 86_400_000,
    });
  });

  it('fuzz: arbitrary strings never throw and never grant anything', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('2.', '1.', '2.....')),
        (s) => {
          const parsed = parseConsentCookie(s, { now: NOW });
          expect(parsed).toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('fuzz: mutations of a valid cookie never throw; any grant comes from a valid record', () => {
    const valid = serializeConsent(record);
    fc.assert(
      fc.property(
        fc.nat({ max: valid.length }),
        fc.nat({ max: valid.length }),
        fc.string(),
        (a, b, insert) => {
          const mutated = valid.slice(0, Math.min(a, b)) + insert + valid.slice(Math.max(a, b));
          const parsed = parseConsentCookie(mutated, { now: NOW });
          if (parsed) {
            // Only a well-formed value parses, and it re-serializes to itself.
            expect(serializeConsent(parsed)).toBe(decodeURIComponent(mutated).trim());
            for (const p of CONSENT_PURPOSES) expect(typeof parsed.decisions[p]).toBe('boolean');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses a timestamp with a leading zero (found by the fuzz test: one record, one serialization)', () => {
    const valid = serializeConsent(record);
    const parts = valid.split('.');
    const padded = parts.map((part, index) => (index === 6 ? `0${part}` : part)).join('.');
    expect(parseConsentCookie(valid, { now: NOW })).not.toBeNull();
    expect(parseConsentCookie(padded, { now: NOW })).toBeNull();
  });

  it('reads one cookie out of a header', () => {
    expect(readCookieHeader('a=1; gk_consent=2.x; b=3', 'gk_consent')).toBe('2.x');
    expect(readCookieHeader('a=1', 'gk_consent')).toBeUndefined();
    expect(readCookieHeader(null, 'gk_consent')).toBeUndefined();
  });
});
