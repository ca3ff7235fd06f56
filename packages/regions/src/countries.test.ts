import { describe, expect, it } from 'vitest';

import { COUNTRIES, US_SUBDIVISIONS } from './countries';
import { getCountry, isEuropeanEconomicArea } from './getCountry';
import { getRegion } from './getRegion';
import { homeRegions } from './homeRegions';
import { jurisdictionFor } from './jurisdictionFor';

const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const EEA = [...EU, 'IS', 'LI', 'NO'];
const REQUIRED = [
  ...EEA,
  ...'GB CH US CA MX BR JP KR CN TW HK SG MY ID TH VN PH IN AU NZ AE SA QA KW BH OM IL EG TR ZA'.split(' '),
];

describe('COUNTRIES', () => {
  it('covers every required country exactly once', () => {
    const codes = COUNTRIES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of REQUIRED) expect(codes).toContain(code);
    expect(EU).toHaveLength(27);
  });

  it('homes every EEA country, GB and CH in the enforced EU zone', () => {
    for (const code of [...EEA, 'GB', 'CH']) {
      const country = getCountry(code);
      expect(country?.residencyZone, code).toBe('eu');
      expect(['eu-west-1', 'eu-central-1'], code).toContain(country?.homeRegion);
    }
  });

  it('marks exactly the 30 EEA members as eea', () => {
    expect(
      COUNTRIES.filter((country) => country.eea)
        .map((country) => country.code)
        .sort(),
    ).toEqual([...EEA].sort());
    expect(isEuropeanEconomicArea('no')).toBe(true);
    expect(isEuropeanEconomicArea('GB')).toBe(false);
    expect(isEuropeanEconomicArea('CH')).toBe(false);
    expect(isEuropeanEconomicArea('not a code')).toBe(false);
  });

  it("keeps each country's zone equal to its home region's zone, subdivisions included", () => {
    for (const country of COUNTRIES) {
      expect(getRegion(country.homeRegion).residencyZone, country.code).toBe(country.residencyZone);
      for (const [code, region] of Object.entries(country.subdivisionHomes ?? {})) {
        expect(code.startsWith(`${country.code}-`), code).toBe(true);
        expect(getRegion(region).residencyZone, code).toBe(country.residencyZone);
      }
    }
  });

  it('lists the 50 US states plus DC, the west in us-west-2', () => {
    expect(Object.keys(US_SUBDIVISIONS)).toHaveLength(51);
    expect(Object.keys(US_SUBDIVISIONS).every((code) => /^US-[A-Z]{2}$/.test(code))).toBe(true);
    for (const state of ['CA', 'OR', 'WA', 'NV', 'AZ', 'AK', 'HI']) {
      expect(jurisdictionFor(`US-${state}`).homeRegion).toBe('us-west-2');
    }
    for (const state of ['NY', 'TX', 'FL', 'VA', 'DC', 'IL']) {
      expect(jurisdictionFor(`US-${state}`).homeRegion).toBe('us-east-1');
    }
  });

  it('routes exactly the listed countries as known, with the same home', () => {
    const routed = [...homeRegions().keys()].filter((code) => !code.includes('-'));
    expect(routed.sort()).toEqual(COUNTRIES.map((country) => country.code).sort());
    for (const country of COUNTRIES) {
      expect(jurisdictionFor(country.code), country.code).toMatchObject({
        known: true,
        homeRegion: country.homeRegion,
      });
      for (const [code, region] of Object.entries(country.subdivisionHomes ?? {})) {
        expect(jurisdictionFor(code).homeRegion, code).toBe(region);
      }
    }
  });

  it('sends the Gulf and Middle East to me-south-1', () => {
    for (const code of ['AE', 'SA', 'QA', 'KW', 'BH', 'OM', 'IL', 'EG']) {
      expect(getCountry(code)?.homeRegion, code).toBe('me-south-1');
    }
  });

  it('getCountry tolerates case and whitespace and never throws', () => {
    expect(getCountry(' jp ')?.name).toBe('Japan');
    expect(getCountry('AR')).toBeUndefined();
    expect(getCountry(7 as never)).toBeUndefined();
  });
});
