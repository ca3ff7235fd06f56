import { jurisdictionFor } from '@globalkit/regions';
import { describe, expect, it } from 'vitest';

import { dueDateFor, privacyFrameworkFor } from './privacyDeadlines';

const at = (iso: string): Date => new Date(iso);

describe('privacyFrameworkFor', () => {
  it.each([
    ['DE', 'GDPR'],
    ['NO', 'GDPR'],
    ['GB', 'UK GDPR'],
    ['CH', 'FADP'],
    ['US-CA', 'CPRA'],
    ['US-NY', 'default'],
    ['US', 'default'],
    ['SG', 'PDPA'],
    ['CN', 'PIPL'],
    ['BR', 'LGPD'],
    ['JP', 'default'],
    ['AR', 'default'],
  ])('%s → %s', (code, framework) => {
    expect(privacyFrameworkFor(jurisdictionFor(code))).toBe(framework);
  });
});

describe('dueDateFor', () => {
  it('adds one calendar month for GDPR, clamping to the end of a short month', () => {
    expect(dueDateFor('GDPR', at('2026-01-15T09:30:00Z')).toISOString()).toBe('2026-02-15T09:30:00.000Z');
    expect(dueDateFor('GDPR', at('2026-01-31T10:00:00Z')).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(dueDateFor('UK GDPR', at('2028-01-31T10:00:00Z')).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(dueDateFor('GDPR', at('2026-12-20T00:00:00Z')).toISOString()).toBe('2027-01-20T00:00:00.000Z');
  });

  it('adds calendar days for CPRA, PDPA, LGPD, FADP and the default', () => {
    const received = at('2026-01-15T09:30:00Z');
    expect(dueDateFor('CPRA', received).toISOString()).toBe('2026-03-01T09:30:00.000Z');
    expect(dueDateFor('PDPA', received).toISOString()).toBe('2026-02-14T09:30:00.000Z');
    expect(dueDateFor('FADP', received).toISOString()).toBe('2026-02-14T09:30:00.000Z');
    expect(dueDateFor('LGPD', received).toISOString()).toBe('2026-01-30T09:30:00.000Z');
    expect(dueDateFor('default', received).toISOString()).toBe('2026-02-14T09:30:00.000Z');
  });

  it('counts 15 working days (Mon–Fri) for PIPL', () => {
    // Thursday 2026-01-15 + 15 working days = Thursday 2026-02-05.
    expect(dueDateFor('PIPL', at('2026-01-15T09:30:00Z')).toISOString()).toBe('2026-02-05T09:30:00.000Z');
    // Received on a Saturday: the count starts on Monday.
    expect(dueDateFor('PIPL', at('2026-01-17T12:00:00Z')).toISOString()).toBe('2026-02-06T12:00:00.000Z');
  });
});
