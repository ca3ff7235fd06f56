import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

import Database from 'better-sqlite3';

import { MIGRATIONS, type Migration } from './migrations';

/** Raised whenever the database is closed or cannot answer. */
export class DatabaseUnavailableError extends Error {
  constructor(message = 'database unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

export type ConsentSource = 'banner' | 'preferences' | 'gpc' | 'api';
export type PrivacyRequestType = 'access' | 'erasure' | 'portability' | 'correction' | 'opt-out';

export interface ConsentReceiptRecord {
  readonly id: string;
  readonly consentId: string;
  readonly jurisdiction: string;
  readonly residencyZone: string;
  readonly policyRevision: string;
  readonly decisions: Readonly<Record<string, boolean>>;
  readonly source: ConsentSource;
  readonly locale: string;
  readonly region: string;
  readonly receivedAt: string;
}

export interface PrivacyRequestRecord {
  readonly id: string;
  readonly type: PrivacyRequestType;
  readonly jurisdiction: string;
  readonly residencyZone: string;
  readonly framework: string;
  readonly email: string;
  readonly locale: string;
  readonly details: string | null;
  readonly status: string;
  readonly region: string;
  readonly receivedAt: string;
  readonly dueAt: string;
}

interface PrivacyRequestRow {
  id: string;
  type: PrivacyRequestType;
  jurisdiction: string;
  residency_zone: string;
  framework: string;
  email: string;
  locale: string;
  details: string | null;
  status: string;
  region: string;
  received_at: string;
  due_at: string;
}

interface Statements {
  readonly ping: Database.Statement<[], unknown>;
  readonly insertReceipt: Database.Statement<[Record<string, string>], unknown>;
  readonly insertDecision: Database.Statement<[string, string, number], unknown>;
  readonly insertRequest: Database.Statement<[Record<string, string | null>], unknown>;
  readonly insertRequestEvent: Database.Statement<[string, string, string], unknown>;
  readonly findRequest: Database.Statement<[string], PrivacyRequestRow>;
}

interface OpenState {
  readonly db: Database.Database;
  readonly statements: Statements;
}

/**
 * One region's embedded database. Each process owns exactly one file, which
 * is what makes residency physical: an EU receipt can only ever be in an EU
 * process's file.
 *
 * The handle can be closed and reopened at run time (the fault-injection
 * admin routes do this) so readiness can be seen failing while the process
 * stays alive. Reopening `:memory:` starts from an empty database.
 */
export class RegionalDatabase {
  readonly file: string;
  #state: OpenState | undefined;

  constructor(file: string) {
    this.file = file;
    this.open();
  }

  get isOpen(): boolean {
    return this.#state !== undefined;
  }

  /** Opens (idempotently) and applies pending migrations. */
  open(): void {
    if (this.#state) return;
    if (this.file !== ':memory:') mkdirSync(dirname(this.file), { recursive: true });
    const db = new Database(this.file);
    try {
      // WAL lets readers (health checks, GETs, tests opening the file
      // read-only) proceed while a write is in flight.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 2000');
      migrate(db, MIGRATIONS);
      this.#state = { db, statements: prepare(db) };
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Closes (idempotently); later calls fail with {@link DatabaseUnavailableError}. */
  close(): void {
    const state = this.#state;
    this.#state = undefined;
    state?.db.close();
  }

  /** Runs `select 1` and returns how long it took, in milliseconds. */
  ping(): number {
    const { statements } = this.#require();
    const started = performance.now();
    statements.ping.get();
    return performance.now() - started;
  }

  /** Inserts the receipt and all its decisions, or nothing at all. */
  insertConsentReceipt(record: ConsentReceiptRecord): void {
    const { db, statements } = this.#require();
    db.transaction(() => {
      statements.insertReceipt.run({
        id: record.id,
        consent_id: record.consentId,
        jurisdiction: record.jurisdiction,
        residency_zone: record.residencyZone,
        policy_revision: record.policyRevision,
        source: record.source,
        locale: record.locale,
        region: record.region,
        received_at: record.receivedAt,
      });
      for (const [purpose, granted] of Object.entries(record.decisions)) {
        statements.insertDecision.run(record.id, purpose, granted ? 1 : 0);
      }
    })();
  }

  /** Inserts the request and its `received` audit event, or nothing at all. */
  insertPrivacyRequest(record: PrivacyRequestRecord): void {
    const { db, statements } = this.#require();
    db.transaction(() => {
      statements.insertRequest.run({
        id: record.id,
        type: record.type,
        jurisdiction: record.jurisdiction,
        residency_zone: record.residencyZone,
        framework: record.framework,
        email: record.email,
        locale: record.locale,
        details: record.details,
        status: record.status,
        region: record.region,
        received_at: record.receivedAt,
        due_at: record.dueAt,
      });
      statements.insertRequestEvent.run(record.id, record.receivedAt, 'received');
    })();
  }

  findPrivacyRequest(id: string): PrivacyRequestRecord | undefined {
    const { statements } = this.#require();
    const row = statements.findRequest.get(id);
    if (!row) return undefined;
    return {
      id: row.id,
      type: row.type,
      jurisdiction: row.jurisdiction,
      residencyZone: row.residency_zone,
      framework: row.framework,
      email: row.email,
      locale: row.locale,
      details: row.details,
      status: row.status,
      region: row.region,
      receivedAt: row.received_at,
      dueAt: row.due_at,
    };
  }

  #require(): OpenState {
    if (!this.#state) throw new DatabaseUnavailableError('database is closed');
    return this.#state;
  }
}

function prepare(db: Database.Database): Statements {
  return {
    ping: db.prepare('SELECT 1'),
    insertReceipt: db.prepare(
      `INSERT INTO consent_receipts
         (id, consent_id, jurisdiction, residency_zone, policy_revision, source, locale, region, received_at)
       VALUES (@id, @consent_id, @jurisdiction, @residency_zone, @policy_revision, @source, @locale, @region, @received_at)`,
    ),
    insertDecision: db.prepare(
      'INSERT INTO consent_decisions (receipt_id, purpose, granted) VALUES (?, ?, ?)',
    ),
    insertRequest: db.prepare(
      `INSERT INTO privacy_requests
         (id, type, jurisdiction, residency_zone, framework, email, locale, details, status, region, received_at, due_at)
       VALUES (@id, @type, @jurisdiction, @residency_zone, @framework, @email, @locale, @details, @status, @region, @received_at, @due_at)`,
    ),
    insertRequestEvent: db.prepare(
      'INSERT INTO privacy_request_events (request_id, at, event) VALUES (?, ?, ?)',
    ),
    findRequest: db.prepare<[string], PrivacyRequestRow>('SELECT * FROM privacy_requests WHERE id = ?'),
  };
}

/**
 * Applies every migration newer than the file's recorded version, each in
 * its own transaction. Refuses to run against a file written by a newer
 * build: silently serving a schema we do not understand would be worse.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const row = db
    .prepare<[], { version: number | null }>('SELECT max(version) AS version FROM schema_migrations')
    .get();
  const current = row?.version ?? 0;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this build (${latest})`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
  return latest;
}
