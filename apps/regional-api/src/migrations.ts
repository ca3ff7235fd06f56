/**
 * Versioned schema. Append new entries; never edit an applied one — a
 * region's database file outlives any single deploy, and `schema_migrations`
 * records which versions it already has.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'consent receipts and privacy requests',
    sql: `
      CREATE TABLE consent_receipts (
        id              TEXT PRIMARY KEY,
        consent_id      TEXT NOT NULL,
        jurisdiction    TEXT NOT NULL,
        residency_zone  TEXT NOT NULL,
        policy_revision TEXT NOT NULL,
        source          TEXT NOT NULL CHECK (source IN ('banner', 'preferences', 'gpc', 'api')),
        locale          TEXT NOT NULL,
        region          TEXT NOT NULL,
        received_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consent_receipts_consent_id ON consent_receipts (consent_id, received_at);

      -- One row per purpose, so "who consented to analytics under revision X"
      -- is a query rather than a JSON scan. Written in the same transaction
      -- as the receipt: a receipt never exists without all its decisions.
      CREATE TABLE consent_decisions (
        receipt_id TEXT NOT NULL REFERENCES consent_receipts (id) ON DELETE CASCADE,
        purpose    TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 64),
        granted    INTEGER NOT NULL CHECK (granted IN (0, 1)),
        PRIMARY KEY (receipt_id, purpose)
      ) STRICT;

      CREATE TABLE privacy_requests (
        id             TEXT PRIMARY KEY,
        type           TEXT NOT NULL CHECK (type IN ('access', 'erasure', 'portability', 'correction', 'opt-out')),
        jurisdiction   TEXT NOT NULL,
        residency_zone TEXT NOT NULL,
        framework      TEXT NOT NULL,
        email          TEXT NOT NULL,
        locale         TEXT NOT NULL,
        details        TEXT,
        status         TEXT NOT NULL DEFAULT 'received',
        region         TEXT NOT NULL,
        received_at    TEXT NOT NULL,
        due_at         TEXT NOT NULL
      ) STRICT;

      -- Audit trail of a request's life; the first event is written together
      -- with the request itself.
      CREATE TABLE privacy_request_events (
        request_id TEXT NOT NULL REFERENCES privacy_requests (id) ON DELETE CASCADE,
        at         TEXT NOT NULL,
        event      TEXT NOT NULL,
        PRIMARY KEY (request_id, at, event)
      ) STRICT;
    `,
  },
];
