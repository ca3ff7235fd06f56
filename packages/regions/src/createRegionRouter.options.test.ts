import { describe, expect, it } from 'vitest';

import { createRegionRouter } from './createRegionRouter';
import { jurisdictionFor } from './jurisdictionFor';
import type { RegionRouterOptions } from './routerTypes';

const IDS = 'us-east-1, us-west-2, eu-west-1, eu-central-1, ap-southeast-1, ap-northeast-1, me-south-1';
const RANGE = 'a number of milliseconds greater than 0 and at most 2147483647';

describe('createRegionRouter — defaults', () => {
  it('starts at the primary region with the dev ports when given nothing', () => {
    const status = createRegionRouter().status();
    expect(status).toEqual({
      active: 'us-east-1',
      zone: 'us',
      enforced: false,
      candidates: [
        expect.objectContaining({ id: 'us-east-1', baseUrl: 'http://localhost:8101', state: 'unknown' }),
        expect.objectContaining({ id: 'us-west-2', baseUrl: 'http://localhost:8102', state: 'unknown' }),
      ],
    });
  });

  it('accepts a Jurisdiction object as well as a code', () => {
    const status = createRegionRouter({ jurisdiction: jurisdictionFor('CH') }).status();
    expect(status.candidates.map((candidate) => candidate.id)).toEqual(['eu-central-1', 'eu-west-1']);
  });

  it('accepts explicit undefined for every option', () => {
    expect(() =>
      createRegionRouter({
        jurisdiction: undefined,
        intervalMs: undefined,
        fetch: undefined,
        baseUrls: undefined,
      }),
    ).not.toThrow();
  });
});

describe('createRegionRouter — invalid options', () => {
  const cases: ReadonlyArray<readonly [string, RegionRouterOptions, ErrorConstructor, string]> = [
    ['NaN interval', { intervalMs: Number.NaN }, RangeError, `intervalMs must be ${RANGE}, got number NaN.`],
    ['zero interval', { intervalMs: 0 }, RangeError, `intervalMs must be ${RANGE}, got number 0.`],
    ['negative timeout', { timeoutMs: -5 }, RangeError, `timeoutMs must be ${RANGE}, got number -5.`],
    [
      'infinite timeout',
      { timeoutMs: Infinity },
      RangeError,
      `timeoutMs must be ${RANGE}, got number Infinity.`,
    ],
    [
      'overflowing interval',
      { intervalMs: 2 ** 31 },
      RangeError,
      `intervalMs must be ${RANGE}, got number 2147483648.`,
    ],
    [
      'string interval',
      { intervalMs: '30000' as never },
      TypeError,
      `intervalMs must be ${RANGE}, got "30000".`,
    ],
    [
      'fractional threshold',
      { failureThreshold: 1.5 },
      RangeError,
      'failureThreshold must be a positive integer, got number 1.5.',
    ],
    [
      'zero threshold',
      { failureThreshold: 0 },
      RangeError,
      'failureThreshold must be a positive integer, got number 0.',
    ],
    [
      'NaN threshold',
      { failureThreshold: Number.NaN },
      RangeError,
      'failureThreshold must be a positive integer, got number NaN.',
    ],
    [
      'unknown region',
      { regions: ['eu-west-3' as never] },
      RangeError,
      `regions[0] must be a region id (${IDS}), got "eu-west-3".`,
    ],
    [
      'empty regions',
      { regions: [] },
      RangeError,
      `regions must be a non-empty array of region ids (${IDS}), got an empty array.`,
    ],
    [
      'unknown baseUrls key',
      { baseUrls: { 'us-east-2': 'https://x.example' } as never },
      RangeError,
      `baseUrls key must be a region id (${IDS}), got "us-east-2".`,
    ],
    [
      'relative base URL',
      { baseUrls: { 'eu-west-1': '/eu' } },
      TypeError,
      'baseUrls["eu-west-1"] must be an absolute http(s) URL without query or fragment, got "/eu".',
    ],
    [
      'non-http base URL',
      { baseUrls: { 'us-east-1': 'ftp://files.example' } },
      TypeError,
      'baseUrls["us-east-1"] must be an absolute http(s) URL without query or fragment, got "ftp://files.example".',
    ],
    [
      'base URL with query',
      { baseUrls: { 'us-east-1': 'https://api.example?x=1' } },
      TypeError,
      'baseUrls["us-east-1"] must be an absolute http(s) URL without query or fragment, got "https://api.example?x=1".',
    ],
    [
      'EU jurisdiction with only non-EU regions',
      { jurisdiction: 'DE', regions: ['us-east-1', 'us-west-2'] },
      RangeError,
      'none of the candidate regions (us-east-1, us-west-2) is in residency zone "eu", which is enforced; use eu-west-1 or eu-central-1.',
    ],
    [
      'malformed jurisdiction code',
      { jurisdiction: 'DEU' },
      RangeError,
      'jurisdictionFor: code must be an ISO 3166-1 alpha-2 code like "DE" or an ISO 3166-2 code like "US-CA", got "DEU".',
    ],
    [
      'jurisdiction object with a bad home',
      {
        jurisdiction: { country: 'DE', homeRegion: 'eu-north-1' as never, residencyZone: 'eu', known: true },
      },
      RangeError,
      `jurisdiction.homeRegion must be a region id (${IDS}), got "eu-north-1".`,
    ],
    ['non-function fetch', { fetch: 'fetch' as never }, TypeError, 'fetch must be a function, got "fetch".'],
    [
      'incomplete timers',
      { timers: { setTimeout: () => 1 } as never },
      TypeError,
      'timers must be an object with setTimeout and clearTimeout functions, got an object.',
    ],
    [
      'null timers',
      { timers: null as never },
      TypeError,
      'timers must be an object with setTimeout and clearTimeout functions, got null.',
    ],
    [
      'regions as a string',
      { regions: 'eu-west-1' as never },
      RangeError,
      `regions must be a non-empty array of region ids (${IDS}), got "eu-west-1".`,
    ],
    [
      'baseUrls as a string',
      { baseUrls: 'https://x.example' as never },
      TypeError,
      'baseUrls must be an object keyed by region id, got "https://x.example".',
    ],
  ];

  it.each(cases)('%s', (_name, options, type, message) => {
    let thrown: unknown;
    try {
      createRegionRouter(options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(type);
    expect((thrown as Error).message).toContain(message);
    if (!message.startsWith('jurisdictionFor')) {
      expect((thrown as Error).message).toBe(`createRegionRouter: ${message}`);
    }
  });
});
