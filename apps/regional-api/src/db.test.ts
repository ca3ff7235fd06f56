import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { DatabaseUnavailableError, migrate, RegionalDatabase } from './db';
import { MIGRATIONS } from './migrations';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'regional-db-'));
  dirs.push(dir);
  return join(dir, 'nested', 'eu-west-1.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const receipt = {
  id: 'r1',
  consentId: 'c1',
  jurisdiction: 'DE',
  residencyZone: 'eu',
  policyRevision: '3',
  decisions: { analytics: true, ads: false },
  source: 'banner',
  locale: 'de',
  region: 'eu-central-1',
  receivedAt: '2026-01-15T09:30:00.000Z',
} as const;

describe('RegionalDatabase', () => {
  it('creates the file (and its directory) in WAL mode with the schema recorded', () => {
    const file = tempFile();
    const db = new RegionalDatabase(file);
    db.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
      { version: 1, name: MIGRATIONS[0]?.name },
    ]);
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'consent_receipts',
        'consent_decisions',
        'privacy_requests',
        'privacy_request_events',
      ]),
    );
    raw.close();
  });

  it('migrates idempotently when reopened', () => {
    const file = tempFile();
    new RegionalDatabase(file).close();
    const db = new RegionalDatabase(file);
    db.insertConsentReceipt(receipt);
    db.close();
    db.open();
    expect(() => db.insertConsentReceipt({ ...receipt, id: 'r2' })).not.toThrow();
    db.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(1);
    expect(raw.prepare('SELECT count(*) FROM consent_receipts').pluck().get()).toBe(2);
    raw.close();
  });

  it('refuses a file written by a newer schema', () => {
    const raw = new Database(':memory:');
    migrate(raw, MIGRATIONS);
    raw.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").run();
    expect(() => migrate(raw, MIGRATIONS)).toThrow(/newer than this build/);
    raw.close();
  });

  it('stores a receipt with one row per decision', () => {
    const file = tempFile();
    const db = new RegionalDatabase(file);
    db.insertConsentReceipt(receipt);
    db.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT purpose, granted FROM consent_decisions ORDER BY purpose').all()).toEqual([
      { purpose: 'ads', granted: 0 },
      { purpose: 'analytics', granted: 1 },
    ]);
    raw.close();
  });

  it('never writes part of a receipt: a failing decision rolls the receipt back', () => {
    const file = tempFile();
    const db = new RegionalDatabase(file);
    const tooLong = 'x'.repeat(65); // violates the CHECK on consent_decisions.purpose
    expect(() =>
      db.insertConsentReceipt({ ...receipt, decisions: { analytics: true, [tooLong]: true } }),
    ).toThrow(/CHECK constraint/);
    db.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM consent_receipts').pluck().get()).toBe(0);
    expect(raw.prepare('SELECT count(*) FROM consent_decisions').pluck().get()).toBe(0);
    raw.close();
  });

  it('never writes part of a privacy request', () => {
    const db = new RegionalDatabase(':memory:');
    const request = {
      id: 'p1',
      type: 'access',
      jurisdiction: 'DE',
      residencyZone: 'eu',
      framework: 'GDPR',
      email: 'a@example.com',
      locale: 'de',
      details: null,
      status: 'received',
      region: 'eu-central-1',
      receivedAt: '2026-01-15T09:30:00.000Z',
      dueAt: '2026-02-15T09:30:00.000Z',
    } as const;
    db.insertPrivacyRequest(request);
    expect(db.findPrivacyRequest('p1')).toEqual(request);
    // Same id again: the primary key fails and nothing new appears.
    expect(() => db.insertPrivacyRequest(request)).toThrow(/UNIQUE/);
    expect(db.findPrivacyRequest('nope')).toBeUndefined();
    db.close();
  });

  it('answers pings while open and fails with DatabaseUnavailableError once closed', () => {
    const db = new RegionalDatabase(':memory:');
    expect(db.ping()).toBeGreaterThanOrEqual(0);
    db.close();
    db.close(); // idempotent
    expect(db.isOpen).toBe(false);
    expect(() => db.ping()).toThrow(DatabaseUnavailableError);
    expect(() => db.insertConsentReceipt(receipt)).toThrow(DatabaseUnavailableError);
    db.open();
    expect(db.isOpen).toBe(true);
    expect(db.ping()).toBeGreaterThanOrEqual(0);
    db.close();
  });
});
