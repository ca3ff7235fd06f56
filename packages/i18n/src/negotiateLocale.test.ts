import { REGIONS } from '@globalkit/regions';
import { describe, expect, it } from 'vitest';

import { matchLocale } from './matchLocale';
import { negotiateLocale } from './negotiateLocale';
import { SUPPORTED_LOCALES } from './supportedLocales';

describe('negotiateLocale', () => {
  // [requested, region, expected]
  const table: Array<[readonly unknown[], string | undefined, string]> = [
    // exact and case-insensitive
    [['en-US'], undefined, 'en-US'],
    [['en-GB'], undefined, 'en-GB'],
    [['EN-gb'], undefined, 'en-GB'],
    [['de'], undefined, 'de'],
    [['ja'], undefined, 'ja'],
    [['ko'], undefined, 'ko'],
    [['hi'], undefined, 'hi'],
    [['ar'], undefined, 'ar'],
    [['he'], undefined, 'he'],
    [['fa'], undefined, 'fa'],
    // English variants
    [['en'], undefined, 'en-US'],
    [['en-CA'], undefined, 'en-US'],
    [['en-PH'], undefined, 'en-US'],
    [['en-AU'], undefined, 'en-GB'],
    [['en-IN'], undefined, 'en-GB'],
    [['en-NZ'], undefined, 'en-GB'],
    [['en-IE'], undefined, 'en-GB'],
    [['en-ZA'], undefined, 'en-GB'],
    [['en-SG'], undefined, 'en-GB'],
    [['en-001'], undefined, 'en-GB'],
    [['en-Latn-US'], undefined, 'en-US'],
    [['en-US-u-ca-buddhist'], undefined, 'en-US'],
    // Chinese: Simplified only, for every script and region
    [['zh-CN'], undefined, 'zh'],
    [['zh-TW'], undefined, 'zh'],
    [['zh-Hant'], undefined, 'zh'],
    [['zh-HK'], undefined, 'zh'],
    [['zh-Hans-SG'], undefined, 'zh'],
    // language with any region or script
    [['de-AT'], undefined, 'de'],
    [['de-CH'], undefined, 'de'],
    [['fr-CA'], undefined, 'fr'],
    [['es-419'], undefined, 'es'],
    [['es-MX'], undefined, 'es'],
    [['it-CH'], undefined, 'it'],
    [['ms-SG'], undefined, 'ms'],
    [['fa-AF'], undefined, 'fa'],
    [['ar-EG'], undefined, 'ar'],
    [['ar-u-nu-latn'], undefined, 'ar'],
    [['ja-JP'], undefined, 'ja'],
    [['ko-KR'], undefined, 'ko'],
    [['hi-IN'], undefined, 'hi'],
    // deprecated codes are canonicalized; `in` is Indonesian, not Malay
    [['iw'], undefined, 'he'],
    [['iw-IL'], undefined, 'he'],
    [['prs'], undefined, 'fa'],
    [['zsm'], undefined, 'ms'],
    [['in'], undefined, 'en-US'],
    [['in', 'ms'], undefined, 'ms'],
    // unsupported → next candidate
    [['pt-BR', 'pt', 'es'], undefined, 'es'],
    [['pt'], undefined, 'en-US'],
    [['nl', 'de-DE'], undefined, 'de'],
    [['pt-BR'], 'eu-central-1', 'de'],
    // region priority list when nothing matches
    [[], 'us-east-1', 'en-US'],
    [[], 'eu-west-1', 'en-GB'],
    [[], 'eu-central-1', 'de'],
    [[], 'ap-southeast-1', 'en-GB'],
    [[], 'ap-northeast-1', 'ja'],
    [[], 'me-south-1', 'ar'],
    [['sv', 'nl'], 'me-south-1', 'ar'],
    // a match always beats the region
    [['fr'], 'ap-northeast-1', 'fr'],
    // tolerated spellings
    [['en_GB'], undefined, 'en-GB'],
    [['de_AT.UTF-8'], undefined, 'de'],
    [[' ja '], undefined, 'ja'],
    // pseudo-locales are never negotiated by default; their language still counts
    [['en-XA'], undefined, 'en-US'],
    [['ar-XB'], undefined, 'ar'],
    // bad input → skipped, never a throw
    [['', '*', '../../etc/passwd', 'x'.repeat(10_000), 'de'], undefined, 'de'],
    [[null, undefined, 42, {}, ['de'], 'ko'], undefined, 'ko'],
    [['en-US-!!', '<script>', '%2e%2e'], undefined, 'en-US'],
    [['i-klingon', 'x-private', 'qaa'], 'me-south-1', 'ar'],
    [[], 'mars-north-1', 'en-US'],
    [[], undefined, 'en-US'],
  ];

  it.each(table)('%j with region %s → %s', (requested, region, expected) => {
    expect(negotiateLocale(requested as string[], { region: region as never })).toBe(expected);
  });

  it('has a table of at least 40 inputs', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it('tolerates a non-array and a huge list, and never throws', () => {
    expect(negotiateLocale('de' as unknown as string[])).toBe('en-US');
    expect(negotiateLocale(undefined as unknown as string[])).toBe('en-US');
    expect(negotiateLocale([...Array<string>(100_000).fill('xx'), 'de'])).toBe('en-US'); // bounded: 32 candidates
  });

  it('returns the pseudo-locales only when allowed', () => {
    expect(negotiateLocale(['en-XA'], { allowPseudoLocales: true })).toBe('en-XA');
    expect(negotiateLocale(['ar-XB'], { allowPseudoLocales: true })).toBe('ar-XB');
    expect(negotiateLocale(['ar-xb'], { allowPseudoLocales: true })).toBe('ar-XB');
    // Only en-XA / ar-XB are pseudo-locales; other private-use regions mean the bare language.
    expect(negotiateLocale(['en-XB'], { allowPseudoLocales: true })).toBe('en-US');
    expect(negotiateLocale(['de-ZZ'], { allowPseudoLocales: true })).toBe('de');
  });

  it('always returns a supported locale, for every region', () => {
    for (const region of REGIONS) {
      expect(SUPPORTED_LOCALES).toContain(negotiateLocale(['xx'], { region: region.id }));
      expect(negotiateLocale([], { region: region.id })).toBe(region.languages[0]);
    }
  });
});

describe('matchLocale', () => {
  it('maps each supported locale to itself', () => {
    for (const locale of SUPPORTED_LOCALES) expect(matchLocale(locale)).toBe(locale);
  });

  it('returns undefined for what it cannot serve', () => {
    for (const input of ['pt', 'in', 'nl-NL', '', '*', 'en_US/../x', 42, null, {}, 'e'.repeat(65)]) {
      expect(matchLocale(input)).toBeUndefined();
    }
  });
});
