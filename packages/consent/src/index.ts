// Explicit named barrel. Framework-free: no React here (widgets live in ./react),
// no third-party integrations (Google Consent Mode v2 lives in ./google-consent-mode).
export { policyFor, POLICY_REVISION, US_OPT_OUT_STATES } from './policyFor';
export type { ConsentModel, ConsentPolicy, PrivacyFramework, RequestDeadline } from './policyFor';
export { parseConsentCookie, readCookieHeader } from './parseConsentCookie';
export type { ParseConsentOptions } from './parseConsentCookie';
export { serializeConsent, CONSENT_SCHEMA_VERSION } from './serializeConsent';
export { detectGpc } from './detectGpc';
export { createConsentStore, CONSENT_COOKIE_NAME } from './createConsentStore';
export type {
  ConsentCookieOptions,
  ConsentDecisionEvent,
  ConsentState,
  ConsentStore,
  ConsentStoreOptions,
} from './createConsentStore';
export { createReceiptSender } from './createReceiptSender';
export type { ConsentReceipt, ReceiptOptions } from './createReceiptSender';
export { CONSENT_PURPOSES, NO_CONSENT } from './types';
export type {
  ConsentCategory,
  ConsentDecisions,
  ConsentPurpose,
  ConsentRecord,
  ConsentSource,
  SeparatePurpose,
} from './types';
