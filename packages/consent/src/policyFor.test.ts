import { describe, expect, it } from 'vitest';

import { policyFor, US_OPT_OUT_STATES } from './policyFor';

describe('policyFor', () => {
  it.each([
    ['DE', 'GDPR', 'opt-in', false, false, 182],
    ['FR', 'GDPR', 'opt-in', false, false, 182],
    ['NO', 'GDPR', 'opt-in', false, false, 182],
    ['GB', 'UK_GDPR', 'opt-in', false, false, 182],
    ['CH', 'REV_FADP', 'opt-in', false, false, 182],
    ['US-CA', 'CPRA', 'opt-out', true, true, 365],
    ['US-CO', 'US_STATE', 'opt-out', true, true, 365],
    ['US-VA', 'US_STATE', 'opt-out', false, true, 365],
    ['SG', 'PDPA', 'opt-in', false, false, 365],
    ['CN', 'PIPL', 'opt-in', false, false, 365],
    ['BR', 'LGPD', 'opt-in', false, false, 365],
    ['US-NY', 'NOTICE_ONLY', 'notice', false, false, 365],
    ['JP', 'NOTICE_ONLY', 'notice', false, false, 365],
    ['ZZ', 'NOTICE_ONLY', 'notice', false, false, 365],
  ] as const)('%s → %s', (code, framework, model, honourGpc, doNotSellLink, lifetimeDays) => {
    const policy = policyFor(code);
    expect(policy).toMatchObject({
      framework,
      model,
      honourGpc,
      doNotSellLink,
      lifetimeDays,
      jurisdiction: code,
    });
    expect(policy.categories).toEqual(['necessary', 'functional', 'analytics', 'marketing']);
    expect(policy.revision).toMatch(/^[\w-]+$/);
  });

  it('gives request deadlines per framework', () => {
    expect(policyFor('DE').requestDeadline).toEqual({ value: 1, unit: 'months' });
    expect(policyFor('US-CA').requestDeadline).toEqual({ value: 45, unit: 'days' });
    expect(policyFor('SG').requestDeadline).toEqual({ value: 30, unit: 'days' });
    expect(policyFor('CN').requestDeadline).toEqual({ value: 15, unit: 'working-days' });
    expect(policyFor('BR').requestDeadline).toEqual({ value: 15, unit: 'days' });
  });

  it('lists PIPL separate-consent purposes only for CN', () => {
    expect(policyFor('CN').separatePurposes).toEqual([
      'sensitiveData',
      'thirdPartySharing',
      'crossBorderTransfer',
    ]);
    expect(policyFor('DE').separatePurposes).toEqual([]);
  });

  it('every listed US state is an opt-out framework with a Do Not Sell link', () => {
    for (const [code, gpc] of Object.entries(US_OPT_OUT_STATES)) {
      expect(policyFor(code)).toMatchObject({ model: 'opt-out', honourGpc: gpc, doNotSellLink: true });
    }
  });

  it('accepts a Jurisdiction object and rejects garbage with a RangeError', () => {
    expect(
      policyFor({ country: 'DE', homeRegion: 'eu-central-1', residencyZone: 'eu', known: true }).framework,
    ).toBe('GDPR');
    expect(() => policyFor('not a code')).toThrow(RangeError);
  });
});
