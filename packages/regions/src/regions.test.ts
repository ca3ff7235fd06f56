import { describe, expect, it } from 'vitest';

import { DEV_BASE_URLS } from './devBaseUrls';
import { getRegion, isRegionId } from './getRegion';
import { PRIMARY_REGION, REGION_IDS, REGIONS } from './regions';
import { RESIDENCY_ZONES, RESIDENCY_ZONE_IDS } from './residencyZones';
import { SUPPORTED_LOCALE_TAGS } from './supportedLocaleTags';

describe('REGIONS catalog', () => {
  it('lists the seven serving regions in REGION_IDS order, primary first', () => {
    expect(REGIONS.map((region) => region.id)).toEqual([
      'us-east-1',
      'us-west-2',
      'eu-west-1',
      'eu-central-1',
      'ap-southeast-1',
      'ap-northeast-1',
      'me-south-1',
    ]);
    expect(REGIONS.map((region) => region.id)).toEqual([...REGION_IDS]);
    expect(REGIONS.filter((region) => region.primary).map((region) => region.id)).toEqual(['us-east-1']);
    expect(PRIMARY_REGION).toBe('us-east-1');
  });

  it('uses the contract dev ports 8101–8107, all unique', () => {
    expect(Object.fromEntries(REGIONS.map((region) => [region.id, region.devPort]))).toEqual({
      'us-east-1': 8101,
      'us-west-2': 8102,
      'eu-west-1': 8103,
      'eu-central-1': 8104,
      'ap-southeast-1': 8105,
      'ap-northeast-1': 8106,
      'me-south-1': 8107,
    });
    expect(new Set(REGIONS.map((region) => region.devPort)).size).toBe(REGIONS.length);
    expect(DEV_BASE_URLS['eu-central-1']).toBe('http://localhost:8104');
  });

  it.each(REGIONS.map((region) => [region.id, region] as const))('%s has valid backups', (id, region) => {
    expect(region.backups.length).toBeGreaterThan(0);
    expect(new Set(region.backups).size).toBe(region.backups.length);
    for (const backup of region.backups) {
      expect(isRegionId(backup)).toBe(true);
      expect(backup).not.toBe(id);
      // Backups never leave an enforced zone, and stay in-zone whenever the zone has room.
      const zone = RESIDENCY_ZONES[region.residencyZone];
      if (zone.enforced || zone.regions.length > 1) {
        expect(getRegion(backup).residencyZone).toBe(region.residencyZone);
      }
    }
  });

  it('keeps EU backups in the EU', () => {
    for (const id of ['eu-west-1', 'eu-central-1'] as const) {
      expect(getRegion(id).backups.map((backup) => getRegion(backup).residencyZone)).toEqual(['eu']);
    }
  });

  it('never backs a region up with one in another, enforced zone (it would refuse the writes)', () => {
    for (const region of REGIONS) {
      for (const backup of region.backups) {
        const zone = RESIDENCY_ZONES[getRegion(backup).residencyZone];
        if (zone.enforced) expect(zone.id).toBe(region.residencyZone);
      }
    }
  });

  it('only uses the fourteen supported languages, without duplicates', () => {
    for (const region of REGIONS) {
      expect(region.languages.length).toBeGreaterThan(0);
      expect(new Set(region.languages).size).toBe(region.languages.length);
      for (const tag of region.languages) expect(SUPPORTED_LOCALE_TAGS).toContain(tag);
    }
    expect(getRegion('eu-west-1').languages).toEqual(['en-GB', 'fr', 'es', 'it', 'de']);
    expect(getRegion('me-south-1').languages).toEqual(['ar', 'en-US', 'fa', 'he']);
  });

  it('has ISO 4217 currencies, names, and the default health check', () => {
    for (const region of REGIONS) {
      expect(region.defaultCurrency).toMatch(/^[A-Z]{3}$/);
      expect(region.displayName.length).toBeGreaterThan(3);
      expect(region.location.length).toBeGreaterThan(1);
      expect(region.country).toMatch(/^[A-Z]{2}$/);
      expect(region.healthCheck).toEqual({ intervalMs: 30_000, failureThreshold: 3, timeoutMs: 5_000 });
    }
    expect(getRegion('us-east-1').displayName).toBe('US East (N. Virginia)');
  });
});

describe('RESIDENCY_ZONES', () => {
  it('partitions the regions: each region is in exactly the zone it names', () => {
    const listed = RESIDENCY_ZONE_IDS.flatMap((zone) => RESIDENCY_ZONES[zone].regions);
    expect([...listed].sort()).toEqual([...REGION_IDS].sort());
    for (const region of REGIONS) {
      expect(RESIDENCY_ZONES[region.residencyZone].regions).toContain(region.id);
    }
  });

  it('enforces only the EU zone, which holds eu-west-1 and eu-central-1', () => {
    expect(RESIDENCY_ZONE_IDS.filter((zone) => RESIDENCY_ZONES[zone].enforced)).toEqual(['eu']);
    expect(RESIDENCY_ZONES.eu.regions).toEqual(['eu-west-1', 'eu-central-1']);
    expect(RESIDENCY_ZONES.me.regions).toEqual(['me-south-1']);
  });
});

describe('getRegion / isRegionId', () => {
  it('returns the catalog entry', () => {
    expect(getRegion('ap-northeast-1')).toBe(REGIONS[5]);
  });

  it('throws a RangeError naming the seven valid ids', () => {
    expect(() => getRegion('eu-west-3' as never)).toThrowError(
      new RangeError(
        'getRegion: id must be a region id (us-east-1, us-west-2, eu-west-1, eu-central-1, ap-southeast-1, ap-northeast-1, me-south-1), got "eu-west-3".',
      ),
    );
    expect(() => getRegion(42 as never)).toThrowError(/must be a region id .*, got number 42\./);
    // Inherited properties must not pass as region ids.
    expect(() => getRegion('toString' as never)).toThrow(RangeError);
  });

  it('narrows only exact ids', () => {
    expect(isRegionId('me-south-1')).toBe(true);
    expect(isRegionId('ME-SOUTH-1')).toBe(false);
    expect(isRegionId(' us-east-1')).toBe(false);
    expect(isRegionId(undefined)).toBe(false);
  });
});
