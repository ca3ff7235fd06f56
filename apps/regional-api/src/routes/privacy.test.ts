import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import { RegionalDatabase } from '../db';
import { json, makeTestApp, VALID_PRIVACY_REQUEST } from '../testing/testApp';
import { maskEmail } from './privacy';

describe('privacy requests', () => {
  it('POST stores the request and answers 201 { id, region, dueAt } with a GDPR one-month deadline', async () => {
    const t = makeTestApp({ region: 'eu-central-1' });
    const res = await t.post('/api/privacy/requests', VALID_PRIVACY_REQUEST);
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      region: 'eu-central-1',
      dueAt: '2026-02-15T09:30:00.000Z',
      framework: 'GDPR',
    });
    expect(res.headers.get('location')).toBe(`/api/privacy/requests/${String(body['id'])}`);
  });

  it.each([
    ['US-CA', 'us-west-2', 'CPRA', '2026-03-01T09:30:00.000Z'],
    ['SG', 'ap-southeast-1', 'PDPA', '2026-02-14T09:30:00.000Z'],
    ['CN', 'ap-northeast-1', 'PIPL', '2026-02-05T09:30:00.000Z'],
    ['BR', 'us-east-1', 'LGPD', '2026-01-30T09:30:00.000Z'],
    ['GB', 'eu-west-1', 'UK GDPR', '2026-02-15T09:30:00.000Z'],
    ['AE', 'me-south-1', 'default', '2026-02-14T09:30:00.000Z'],
  ] as const)('%s served by %s → %s due %s', async (jurisdiction, region, framework, dueAt) => {
    const t = makeTestApp({ region });
    const body = await json(
      await t.post('/api/privacy/requests', { ...VALID_PRIVACY_REQUEST, jurisdiction }),
    );
    expect(body).toMatchObject({ region, framework, dueAt });
  });

  it('GET returns the stored request with the email masked and details withheld', async () => {
    const t = makeTestApp();
    const { id } = await json(await t.post('/api/privacy/requests', VALID_PRIVACY_REQUEST));
    const res = await t.get(`/api/privacy/requests/${String(id)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await json(res)).toEqual({
      id,
      type: 'access',
      jurisdiction: 'DE',
      framework: 'GDPR',
      email: 'j***@example.com',
      locale: 'de',
      hasDetails: true,
      status: 'received',
      region: 'eu-central-1',
      receivedAt: '2026-01-15T09:30:00.000Z',
      dueAt: '2026-02-15T09:30:00.000Z',
    });
  });

  it('GET answers 404 for an unknown id and 400 for a malformed one', async () => {
    const t = makeTestApp();
    const missing = await t.get('/api/privacy/requests/4b0a3c1e-8f1f-4c55-9f0e-2a1b3c4d5e6f');
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({ error: 'Privacy request not found' });
    const malformed = await t.get('/api/privacy/requests/not-a-uuid');
    expect(malformed.status).toBe(400);
  });

  it('refuses an EU request in a US region with 421 and the home region; nothing is stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-test-'));
    try {
      const file = join(dir, 'us-east-1.sqlite');
      const t = makeTestApp({ region: 'us-east-1', db: new RegionalDatabase(file) });
      const res = await t.post('/api/privacy/requests', { ...VALID_PRIVACY_REQUEST, jurisdiction: 'IE' });
      expect(res.status).toBe(421);
      expect(await json(res)).toMatchObject({ error: expect.any(String), homeRegion: 'eu-west-1' });
      t.db.close();
      const raw = new Database(file, { readonly: true });
      expect(raw.prepare('SELECT count(*) FROM privacy_requests').pluck().get()).toBe(0);
      expect(raw.prepare('SELECT count(*) FROM privacy_request_events').pluck().get()).toBe(0);
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['an unknown type', { ...VALID_PRIVACY_REQUEST, type: 'delete-everything' }, 'type'],
    ['a bad email', { ...VALID_PRIVACY_REQUEST, email: 'not-an-email' }, 'email'],
    ['over-long details', { ...VALID_PRIVACY_REQUEST, details: 'x'.repeat(4001) }, 'details'],
    ['a numeric jurisdiction', { ...VALID_PRIVACY_REQUEST, jurisdiction: 49 }, 'jurisdiction'],
  ])('refuses %s with 400 naming the path', async (_name, body, path) => {
    const res = await makeTestApp().post('/api/privacy/requests', body);
    expect(res.status).toBe(400);
    const details = (await json(res))['details'] as { path: string }[];
    expect(details.map((issue) => issue.path)).toContain(path);
  });

  it('masks emails without leaking the local part', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('j***@example.com');
    expect(maskEmail('a@b.co')).toBe('a***@b.co');
    expect(maskEmail('broken')).toBe('***');
  });
});
