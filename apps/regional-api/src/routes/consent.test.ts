import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { RegionalDatabase } from '../db';
import { json, makeTestApp, VALID_RECEIPT } from '../testing/testApp';

const dir = mkdtempSync(join(tmpdir(), 'consent-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function countReceipts(file: string): number {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.prepare('SELECT count(*) FROM consent_receipts').pluck().get() as number;
  } finally {
    raw.close();
  }
}

describe('POST /api/consent/receipts', () => {
  it('stores the receipt and its decisions, answering 201 { id, region }', async () => {
    const file = join(dir, 'ok.sqlite');
    const t = makeTestApp({ region: 'eu-central-1', db: new RegionalDatabase(file) });
    const res = await t.post('/api/consent/receipts', VALID_RECEIPT);
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await json(res);
    expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), region: 'eu-central-1' });

    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT * FROM consent_receipts').get()).toEqual({
      id: body['id'],
      consent_id: 'c0ffee-1234',
      jurisdiction: 'DE',
      residency_zone: 'eu',
      policy_revision: '2026-01',
      source: 'banner',
      locale: 'de',
      region: 'eu-central-1',
      received_at: '2026-01-15T09:30:00.000Z',
    });
    expect(raw.prepare('SELECT purpose, granted FROM consent_decisions ORDER BY purpose').all()).toEqual([
      { purpose: 'analytics', granted: 0 },
      { purpose: 'marketing', granted: 0 },
      { purpose: 'necessary', granted: 1 },
    ]);
    raw.close();
  });

  it('gives every receipt a fresh random id and accepts numeric policy revisions', async () => {
    const t = makeTestApp();
    const a = await json(await t.post('/api/consent/receipts', VALID_RECEIPT));
    const b = await json(
      await t.post('/api/consent/receipts', { ...VALID_RECEIPT, policyRevision: 7, source: 'gpc' }),
    );
    expect(a['id']).not.toBe(b['id']);
  });

  it('accepts a jurisdiction of the same zone served by the other EU region (failover)', async () => {
    const t = makeTestApp({ region: 'eu-west-1' });
    expect((await t.post('/api/consent/receipts', VALID_RECEIPT)).status).toBe(201);
  });

  it('refuses a jurisdiction of another zone with 421 naming the home region, writing nothing', async () => {
    const file = join(dir, 'residency.sqlite');
    const eu = makeTestApp({ region: 'eu-west-1', db: new RegionalDatabase(file) });
    const res = await eu.post('/api/consent/receipts', { ...VALID_RECEIPT, jurisdiction: 'US-CA' });
    expect(res.status).toBe(421);
    const body = await json(res);
    expect(body).toMatchObject({ error: expect.stringMatching(/residency/), homeRegion: 'us-west-2' });
    expect(countReceipts(file)).toBe(0);

    // And the other way round: EU data never lands in a US region.
    const us = makeTestApp({ region: 'us-east-1' });
    const refused = await us.post('/api/consent/receipts', { ...VALID_RECEIPT, jurisdiction: 'FR' });
    expect(refused.status).toBe(421);
    expect(await json(refused)).toMatchObject({ homeRegion: 'eu-west-1' });
  });

  it('lets unenforced zones serve each other', async () => {
    const us = makeTestApp({ region: 'us-east-1' });
    expect((await us.post('/api/consent/receipts', { ...VALID_RECEIPT, jurisdiction: 'JP' })).status).toBe(
      201,
    );
  });

  it('answers malformed JSON with 400', async () => {
    const res = await makeTestApp().post('/api/consent/receipts', '{"consentId": "abc",');
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ error: 'Malformed JSON body' });
  });

  it('answers wrong types with 400 and zod issue paths in details', async () => {
    const res = await makeTestApp().post('/api/consent/receipts', {
      ...VALID_RECEIPT,
      decisions: { analytics: 'yes' },
      source: 'popup',
      locale: 42,
    });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body['error']).toBe('Invalid request body');
    const paths = (body['details'] as { path: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['decisions.analytics', 'locale', 'source']);
  });

  it.each([
    ['missing fields', {}],
    ['an array', [VALID_RECEIPT]],
    ['null', null],
    ['no decisions', { ...VALID_RECEIPT, decisions: {} }],
    ['a bad purpose name', { ...VALID_RECEIPT, decisions: { 'no spaces please': true } }],
    ['a bad locale', { ...VALID_RECEIPT, locale: 'not a locale!' }],
    ['a malformed jurisdiction', { ...VALID_RECEIPT, jurisdiction: 'Germany' }],
  ])('answers %s with 400', async (_name, body) => {
    const res = await makeTestApp().post('/api/consent/receipts', body);
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ error: 'Invalid request body', details: expect.any(Array) });
  });

  it('names the jurisdiction path when the code is malformed', async () => {
    const res = await makeTestApp().post('/api/consent/receipts', { ...VALID_RECEIPT, jurisdiction: 'DEU' });
    expect(await json(res)).toMatchObject({
      details: [{ path: 'jurisdiction', code: 'invalid_jurisdiction' }],
    });
  });

  it('requires a JSON content type (415)', async () => {
    const t = makeTestApp();
    const res = await t.app.request('/api/consent/receipts', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(VALID_RECEIPT),
    });
    expect(res.status).toBe(415);
    expect(await json(res)).toEqual({ error: 'Content-Type must be application/json' });
  });

  it('refuses bodies over 16 KiB with a JSON 413, streamed or declared', async () => {
    const t = makeTestApp();
    const huge = JSON.stringify({ ...VALID_RECEIPT, padding: 'x'.repeat(20_000) });
    const declared = await t.post('/api/consent/receipts', huge, { 'content-length': String(huge.length) });
    expect(declared.status).toBe(413);
    expect(await json(declared)).toMatchObject({
      error: 'Request body too large',
      details: { limitBytes: 16_384 },
    });
    const streamed = await t.post('/api/consent/receipts', huge);
    expect(streamed.status).toBe(413);
  });

  it('answers 503 and writes nothing while the database is closed', async () => {
    const t = makeTestApp();
    t.db.close();
    const res = await t.post('/api/consent/receipts', VALID_RECEIPT);
    expect(res.status).toBe(503);
    expect(await json(res)).toEqual({ error: 'Database unavailable' });
    expect(res.headers.get('retry-after')).toBe('5');
  });
});

describe('consent receipt purposes', () => {
  it('refuses prototype-polluting purpose names instead of silently dropping them', async () => {
    const t = makeTestApp();
    const res = await t.post(
      '/api/consent/receipts',
      '{"consentId":"a","jurisdiction":"DE","policyRevision":1,"decisions":{"__proto__":true,"analytics":false},"source":"api","locale":"de"}',
    );
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ details: [{ path: 'decisions.__proto__' }] });
  });

  it('refuses more than 50 decisions', async () => {
    const decisions = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`p${i}`, true]));
    const res = await makeTestApp().post('/api/consent/receipts', { ...VALID_RECEIPT, decisions });
    expect(res.status).toBe(400);
  });
});
