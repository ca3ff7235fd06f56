import { SUPPORTED_LOCALES } from '@globalkit/i18n';
import { describe, expect, it } from 'vitest';

import { autonym, buildOptions, findTypeahead, shortCode } from './languageNames';

describe('autonym', () => {
  it('uses CLDR dialect names users recognise for the two Englishes', () => {
    expect(autonym('en-US')).toBe('American English');
    expect(autonym('en-GB')).toBe('British English');
  });

  it('capitalises the first letter with the language’s own rules, leaves caseless scripts alone', () => {
    expect(autonym('fr')).toBe('Français');
    expect(autonym('es')).toBe('Español');
    expect(autonym('it')).toBe('Italiano');
    expect(autonym('ar')).toBe('العربية');
    expect(autonym('fa')).toBe('فارسی');
    expect(autonym('he')).toBe('עברית');
    expect(autonym('hi')).toBe('हिन्दी');
    expect(autonym('ja')).toBe('日本語');
  });
});

describe('buildOptions', () => {
  it('lists the fourteen locales in catalog order without priorities', () => {
    const options = buildOptions('en-US');
    expect(options.map((option) => option.tag)).toEqual([...SUPPORTED_LOCALES]);
    expect(options.every((option) => option.group === 'all')).toBe(true);
    expect(options.find((option) => option.tag === 'fa')?.dir).toBe('rtl');
  });

  it('puts supported priority locales first (deduplicated, unknown ones dropped)', () => {
    const options = buildOptions('en-US', ['ar', 'en-US', 'ar', 'xx', 'fa', 'he']);
    expect(options.slice(0, 4).map((option) => [option.tag, option.group])).toEqual([
      ['ar', 'region'],
      ['en-US', 'region'],
      ['fa', 'region'],
      ['he', 'region'],
    ]);
    expect(options).toHaveLength(14);
    expect(options[4]?.tag).toBe('en-GB');
  });

  it('searches the autonym, the English and the UI-language names, and the tag', () => {
    const arabic = buildOptions('de').find((option) => option.tag === 'ar');
    expect(arabic?.searchTerms).toEqual(
      expect.arrayContaining(['العربية', 'عربية', 'arabic', 'arabisch', 'ar']),
    );
  });
});

describe('findTypeahead', () => {
  const options = buildOptions('en-US');
  const indexOf = (tag: string) => options.findIndex((option) => option.tag === tag);

  it('finds the next match after the active option for a fresh character', () => {
    expect(findTypeahead(options, indexOf('en-US'), 'a')).toBe(indexOf('ar'));
    expect(findTypeahead(options, indexOf('en-US'), 'ع')).toBe(indexOf('ar'));
    expect(findTypeahead(options, indexOf('ar'), 'a')).toBe(indexOf('en-US')); // wraps
  });

  it('matches a word from the active option, and cycles on a repeated character', () => {
    expect(findTypeahead(options, indexOf('hi'), 'he')).toBe(indexOf('he'));
    const first = findTypeahead(options, indexOf('en-US'), 'e');
    expect(first).toBe(indexOf('en-GB'));
    expect(findTypeahead(options, first, 'ee')).toBe(indexOf('es'));
  });

  it('returns -1 without a match', () => {
    expect(findTypeahead(options, 0, 'q')).toBe(-1);
    expect(findTypeahead([], 0, 'a')).toBe(-1);
  });
});

describe('shortCode', () => {
  it('upper-cases the tag', () => {
    expect(shortCode('en-GB')).toBe('EN-GB');
    expect(shortCode('ar')).toBe('AR');
  });
});
