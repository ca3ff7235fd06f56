import { describe, expect, it } from 'vitest';

import { jurisdictionFor } from './jurisdictionFor';
import type { Jurisdiction } from './jurisdictionFor';

const ACCEPTED = 'code must be an ISO 3166-1 alpha-2 code like "DE" or an ISO 3166-2 code like "US-CA"';

describe('jurisdictionFor — resolution table', () => {
  const cases: ReadonlyArray<readonly [input: string, expected: Jurisdiction]> = [
    ['DE', { country: 'DE', homeRegion: 'eu-central-1', residencyZone: 'eu', known: true }],
    ['de', { country: 'DE', homeRegion: 'eu-central-1', residencyZone: 'eu', known: true }],
    ['  fr\n', { country: 'FR', homeRegion: 'eu-west-1', residencyZone: 'eu', known: true }],
    ['IE', { country: 'IE', homeRegion: 'eu-west-1', residencyZone: 'eu', known: true }],
    ['NO', { country: 'NO', homeRegion: 'eu-central-1', residencyZone: 'eu', known: true }],
    ['IS', { country: 'IS', homeRegion: 'eu-west-1', residencyZone: 'eu', known: true }],
    ['LI', { country: 'LI', homeRegion: 'eu-central-1', residencyZone: 'eu', known: true }],
    ['GB', { country: 'GB', homeRegion: 'eu-west-1', residencyZone: 'eu', known: true }],
    ['CH', { country: 'CH', homeRegion: 'eu-central-1', residencyZone: 'eu', known: true }],
    ['US', { country: 'US', homeRegion: 'us-east-1', residencyZone: 'us', known: true }],
    [
      'US-CA',
      { country: 'US', subdivision: 'US-CA', homeRegion: 'us-west-2', residencyZone: 'us', known: true },
    ],
    [
      'us-ca',
      { country: 'US', subdivision: 'US-CA', homeRegion: 'us-west-2', residencyZone: 'us', known: true },
    ],
    [
      ' Us-Wa ',
      { country: 'US', subdivision: 'US-WA', homeRegion: 'us-west-2', residencyZone: 'us', known: true },
    ],
    [
      'US-NY',
      { country: 'US', subdivision: 'US-NY', homeRegion: 'us-east-1', residencyZone: 'us', known: true },
    ],
    [
      'US-DC',
      { country: 'US', subdivision: 'US-DC', homeRegion: 'us-east-1', residencyZone: 'us', known: true },
    ],
    // Unlisted subdivision of a listed country: the country's home, subdivision kept.
    [
      'US-ZZ',
      { country: 'US', subdivision: 'US-ZZ', homeRegion: 'us-east-1', residencyZone: 'us', known: true },
    ],
    [
      'DE-BY',
      { country: 'DE', subdivision: 'DE-BY', homeRegion: 'eu-central-1', residencyZone: 'eu', known: true },
    ],
    [
      'CA-BC',
      { country: 'CA', subdivision: 'CA-BC', homeRegion: 'us-west-2', residencyZone: 'us', known: true },
    ],
    [
      'CA-QC',
      { country: 'CA', subdivision: 'CA-QC', homeRegion: 'us-east-1', residencyZone: 'us', known: true },
    ],
    ['JP', { country: 'JP', homeRegion: 'ap-northeast-1', residencyZone: 'apac', known: true }],
    ['sg', { country: 'SG', homeRegion: 'ap-southeast-1', residencyZone: 'apac', known: true }],
    ['IN', { country: 'IN', homeRegion: 'ap-southeast-1', residencyZone: 'apac', known: true }],
    ['AE', { country: 'AE', homeRegion: 'me-south-1', residencyZone: 'me', known: true }],
    ['SA', { country: 'SA', homeRegion: 'me-south-1', residencyZone: 'me', known: true }],
    ['IL', { country: 'IL', homeRegion: 'me-south-1', residencyZone: 'me', known: true }],
    ['BR', { country: 'BR', homeRegion: 'us-east-1', residencyZone: 'us', known: true }],
    // Well-formed but unlisted: the documented default.
    ['ZZ', { country: 'ZZ', homeRegion: 'us-east-1', residencyZone: 'us', known: false }],
    ['AR', { country: 'AR', homeRegion: 'us-east-1', residencyZone: 'us', known: false }],
    [
      'ar-B',
      { country: 'AR', subdivision: 'AR-B', homeRegion: 'us-east-1', residencyZone: 'us', known: false },
    ],
  ];

  it.each(cases)('%j → %o', (input, expected) => {
    const result = jurisdictionFor(input);
    expect(result).toStrictEqual(expected);
  });

  it('omits the subdivision key entirely when none was given (exactOptionalPropertyTypes)', () => {
    expect(Object.keys(jurisdictionFor('DE'))).toEqual(['country', 'homeRegion', 'residencyZone', 'known']);
    expect('subdivision' in jurisdictionFor('us')).toBe(false);
  });
});

describe('jurisdictionFor — malformed input', () => {
  const bad: ReadonlyArray<readonly [input: unknown, quoted: string]> = [
    ['DEU', '"DEU"'],
    ['U-S', '"U-S"'],
    ['', '""'],
    ['   ', '"   "'],
    ['US_CA', '"US_CA"'],
    ['US-', '"US-"'],
    ['US-CALI', '"US-CALI"'],
    ['-CA', '"-CA"'],
    ['D', '"D"'],
    ['1E', '"1E"'],
    ['US CA', '"US CA"'],
    ['Ü-X', '"Ü-X"'],
    [42, 'number 42'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ country: 'DE' }, 'an object'],
    [['DE'], 'an array'],
  ];

  it.each(bad)('%j throws a RangeError quoting the input', (input, quoted) => {
    expect(() => jurisdictionFor(input as string)).toThrowError(
      new RangeError(`jurisdictionFor: ${ACCEPTED}, got ${quoted}.`),
    );
  });

  it('truncates a 10 kB value in the message', () => {
    const huge = 'D'.repeat(10_000);
    let message = '';
    try {
      jurisdictionFor(huge);
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      message = (error as RangeError).message;
    }
    expect(message).toBe(`jurisdictionFor: ${ACCEPTED}, got "${'D'.repeat(40)}"… (10000 characters).`);
    expect(message.length).toBeLessThan(200);
  });

  it('does not accept a valid code padded past the length guard', () => {
    expect(() => jurisdictionFor(`${' '.repeat(100)}DE`)).toThrow(RangeError);
  });
});
