/** A cookie category. `necessary` is always on and never stored. */
export type ConsentCategory = 'necessary' | 'functional' | 'analytics' | 'marketing';

/** A purpose that PIPL requires separate (unbundled) consent for. */
export type SeparatePurpose = 'sensitiveData' | 'thirdPartySharing' | 'crossBorderTransfer';

/** Every decision a record can hold: optional categories plus separate purposes. */
export type ConsentPurpose = Exclude<ConsentCategory, 'necessary'> | SeparatePurpose;

/** One boolean per optional category and separate purpose. */
export type ConsentDecisions = Readonly<Record<ConsentPurpose, boolean>>;

/** Where a decision came from. */
export type ConsentSource = 'banner' | 'preferences' | 'gpc';

/**
 * The stored decision (schema v2). Holds no personal data: the id is random
 * and only links a cookie to its receipt.
 */
export interface ConsentRecord {
  /** Cookie schema version; always the current one after parsing. */
  readonly schema: 2;
  /** Revision of the policy the user answered; a new revision asks again. */
  readonly policyRevision: string;
  /** Jurisdiction code the policy was chosen for, e.g. `"DE"`, `"US-CA"`. */
  readonly jurisdiction: string;
  /** Per-purpose decisions as the user made them (before GPC or health-data overrides). */
  readonly decisions: ConsentDecisions;
  /** The user allowed marketing despite a GPC signal (CPRA §7025(c)(3) exception). */
  readonly gpcException: boolean;
  /** Where the decision was made. */
  readonly source: ConsentSource;
  /** First decision, epoch milliseconds. */
  readonly createdAt: number;
  /** Latest decision, epoch milliseconds. */
  readonly updatedAt: number;
  /** After this instant the record is ignored and the user is asked again. */
  readonly expiresAt: number;
  /** Random id (crypto.getRandomValues), shared with the receipt. */
  readonly consentId: string;
}

/** Every optional purpose, in storage order (the order is part of the cookie schema). */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'functional',
  'analytics',
  'marketing',
  'sensitiveData',
  'thirdPartySharing',
  'crossBorderTransfer',
];

/** Decisions with everything optional refused — the fail-closed default. */
export const NO_CONSENT: ConsentDecisions = {
  functional: false,
  analytics: false,
  marketing: false,
  sensitiveData: false,
  thirdPartySharing: false,
  crossBorderTransfer: false,
};
