import { describe, expect, it } from 'vitest';

import { DEFAULT_POLL_MS, MIN_POLL_MS, parseAppQuery, withQueryParam } from './appQuery';

describe('parseAppQuery', () => {
  it('reads country, lng, poll and faults', () => {
    expect(parseAppQuery('?country=us-ca&lng=ar&poll=500&faults=1')).toEqual({
      country: 'US-CA',
      lng: 'ar',
      pollMs: 500,
      faults: true,
    });
  });

  it('falls back on defaults for missing or malformed values', () => {
    expect(parseAppQuery('')).toEqual({
      country: undefined,
      lng: undefined,
      pollMs: DEFAULT_POLL_MS,
      faults: false,
    });
    expect(parseAppQuery('?country=DEU&poll=abc').country).toBeUndefined();
    expect(parseAppQuery('?country=<script>').country).toBeUndefined();
    expect(parseAppQuery('?poll=abc').pollMs).toBe(DEFAULT_POLL_MS);
  });

  it('clamps the poll interval to the minimum', () => {
    expect(parseAppQuery('?poll=10').pollMs).toBe(MIN_POLL_MS);
    expect(parseAppQuery('?poll=-5').pollMs).toBe(MIN_POLL_MS);
  });
});

describe('withQueryParam', () => {
  it('sets, replaces and removes a parameter while keeping the others', () => {
    expect(withQueryParam('?lng=ar&poll=500', 'country', 'JP')).toBe('?lng=ar&poll=500&country=JP');
    expect(withQueryParam('?country=DE', 'country', 'FR')).toBe('?country=FR');
    expect(withQueryParam('?country=DE', 'country', undefined)).toBe('');
  });
});
