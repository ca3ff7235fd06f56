import { describe, expect, it } from 'vitest';

import { json, makeTestApp } from '../testing/testApp';

describe('GET /api/geo', () => {
  const t = makeTestApp({ region: 'us-east-1' });

  it('resolves ?country= to the jurisdiction and home region', async () => {
    const res = await t.get('/api/geo?country=DE');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await json(res)).toEqual({
      country: 'DE',
      homeRegion: 'eu-central-1',
      residencyZone: 'eu',
      known: true,
      servedBy: 'us-east-1',
      source: 'query',
    });
  });

  it('accepts subdivisions and any case', async () => {
    expect(await json(await t.get('/api/geo?country=us-ca'))).toMatchObject({
      country: 'US',
      subdivision: 'US-CA',
      homeRegion: 'us-west-2',
      residencyZone: 'us',
    });
  });

  it('reads CloudFront viewer headers', async () => {
    const res = await t.get('/api/geo', { 'CloudFront-Viewer-Country': 'JP' });
    expect(await json(res)).toMatchObject({ country: 'JP', homeRegion: 'ap-northeast-1', source: 'header' });
    const withRegion = await t.get('/api/geo', {
      'CloudFront-Viewer-Country': 'US',
      'CloudFront-Viewer-Country-Region': 'CA',
    });
    expect(await json(withRegion)).toMatchObject({ subdivision: 'US-CA', homeRegion: 'us-west-2' });
    const fullCode = await t.get('/api/geo', {
      'CloudFront-Viewer-Country': 'CA',
      'CloudFront-Viewer-Country-Region': 'CA-BC',
    });
    expect(await json(fullCode)).toMatchObject({ subdivision: 'CA-BC', homeRegion: 'us-west-2' });
  });

  it('prefers the explicit query over headers', async () => {
    const res = await t.get('/api/geo?country=FR', { 'CloudFront-Viewer-Country': 'JP' });
    expect(await json(res)).toMatchObject({ country: 'FR', homeRegion: 'eu-west-1', source: 'query' });
  });

  it('falls back to the documented default (US) when nothing is known', async () => {
    expect(await json(await t.get('/api/geo'))).toMatchObject({
      country: 'US',
      homeRegion: 'us-east-1',
      source: 'default',
    });
    expect(await json(await t.get('/api/geo?country='))).toMatchObject({ country: 'US', source: 'default' });
  });

  it('marks well-formed but unlisted countries as unknown', async () => {
    expect(await json(await t.get('/api/geo?country=AR'))).toMatchObject({
      country: 'AR',
      known: false,
      homeRegion: 'us-east-1',
    });
  });

  it.each(['DEU', 'US_CA', '12', 'D', "DE';--", 'x'.repeat(500)])(
    'rejects malformed country %j with 400',
    async (country) => {
      const res = await t.get(`/api/geo?country=${encodeURIComponent(country)}`);
      expect(res.status).toBe(400);
      const body = await json(res);
      expect(body['error']).toMatch(/Invalid query parameter "country"/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    },
  );

  it('rejects a malformed CloudFront header with 400', async () => {
    const res = await t.get('/api/geo', { 'CloudFront-Viewer-Country': 'Germany' });
    expect(res.status).toBe(400);
    expect((await json(res))['error']).toMatch(/CloudFront-Viewer-Country/);
  });
});
