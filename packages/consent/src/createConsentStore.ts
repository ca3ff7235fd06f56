import type { Jurisdiction } from '@globalkit/regions';

import { createReceiptSender } from './createReceiptSender';
import type { ReceiptOptions } from './createReceiptSender';
import { detectGpc } from './detectGpc';
import { parseConsentCookie, readCookieHeader } from './parseConsentCookie';
import { policyFor } from './policyFor';
import type { ConsentPolicy } from './policyFor';
import { serializeConsent } from './serializeConsent';
import { NO_CONSENT } from './types';
import type {
  ConsentCategory,
  ConsentDecisions,
  ConsentPurpose,
  ConsentRecord,
  ConsentSource,
} from './types';

/** Default cookie name. */
export const CONSENT_COOKIE_NAME = 'gk_consent';

/** Cookie settings; `read`/`write` replace `document.cookie` (tests, SSR, native shells). */
export interface ConsentCookieOptions {
  /** @defaultValue `'gk_consent'` */
  readonly name?: string;
  /** Cookie `Domain`, e.g. `.example.com` to share across subdomains. */
  readonly domain?: string;
  /** Returns the raw cookie value, if any. */
  readonly read?: () => string | undefined;
  /** Stores a full `Set-Cookie`-style string (`name=value; Path=/; …`). */
  readonly write?: (cookie: string, value: string) => void;
}

/** Options for {@link createConsentStore}. */
export interface ConsentStoreOptions {
  /** Code (`"DE"`) or resolved jurisdiction; selects the policy. */
  readonly jurisdiction: string | Jurisdiction;
  /** GPC signal. @defaultValue `navigator.globalPrivacyControl === true` */
  readonly gpc?: boolean;
  /** Page handles health data: analytics and marketing stay off whatever was consented. */
  readonly healthData?: boolean;
  readonly cookie?: ConsentCookieOptions;
  /** Raw cookie value read on the server (or from a `Cookie` header via `readCookieHeader`). */
  readonly initialCookie?: string;
  /** Post a receipt of every decision to the home region. */
  readonly receipts?: ReceiptOptions;
  /** Clock, epoch ms. @defaultValue `Date.now` */
  readonly now?: () => number;
}

/** Snapshot exposed to subscribers; a new object on every change. */
export interface ConsentState {
  readonly policy: ConsentPolicy;
  /** The valid stored record, or null (none, expired, other revision). */
  readonly record: ConsentRecord | null;
  /** Effective decisions after the model default, GPC and health-data mode. */
  readonly decisions: ConsentDecisions;
  /** A GPC signal is present. */
  readonly gpc: boolean;
  /** GPC is present and this policy must honour it (marketing forced off). */
  readonly gpcApplies: boolean;
  /** The stored record allowed marketing but GPC now says no (and no exception was given). */
  readonly gpcConflict: boolean;
  readonly healthData: boolean;
  /** The banner must be shown. */
  readonly needsDecision: boolean;
}

/** Emitted for every decision (also the basis of the receipt). */
export interface ConsentDecisionEvent {
  readonly type: 'decision';
  readonly record: ConsentRecord;
  readonly action: 'acceptAll' | 'rejectAll' | 'save' | 'withdraw' | 'gpcException';
}

/** Framework-free consent store. */
export interface ConsentStore {
  getState(): ConsentState;
  /** Calls `listener` after each change; returns an unsubscribe function. */
  subscribe(listener: (state: ConsentState) => void): () => void;
  /** Calls `listener` for each decision; returns an unsubscribe function. */
  onDecision(listener: (event: ConsentDecisionEvent) => void): () => void;
  /** Grants every category; never separate-consent purposes (PIPL needs them one by one). */
  acceptAll(source?: ConsentSource): void;
  rejectAll(source?: ConsentSource): void;
  /** Saves the given decisions; unspecified purposes are refused. */
  save(decisions: Partial<ConsentDecisions>, source?: ConsentSource): void;
  /** Withdraws consent: everything optional off, recorded as a refusal. */
  withdraw(): void;
  /** The user confirms marketing despite GPC (CPRA §7025(c)(3)). */
  allowGpcException(): void;
  isAllowed(purpose: ConsentCategory | ConsentPurpose): boolean;
  needsDecision(): boolean;
}

const DAY_SECONDS = 86_400;
/** Every optional category on: "Accept all", and the opt-out / notice default before a decision. */
const ALL_CATEGORIES = { functional: true, analytics: true, marketing: true } as const;

/** `subscribe` / `onDecision`: add a listener, get its unsubscribe function. */
function listenerSet<T>(listeners: Set<(value: T) => void>) {
  return (listener: (value: T) => void): (() => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
}

function randomId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function defaultRead(name: string): string | undefined {
  return typeof document === 'undefined' ? undefined : readCookieHeader(document.cookie, name);
}

function defaultWrite(cookie: string): void {
  if (typeof document !== 'undefined') document.cookie = cookie;
}

/**
 * Creates the consent store for one jurisdiction: reads the cookie
 * tolerantly, applies the policy model, GPC and health-data mode, writes
 * decisions back and sends receipts without blocking.
 */
export function createConsentStore(options: ConsentStoreOptions): ConsentStore {
  const policy = policyFor(options.jurisdiction);
  const now = options.now ?? Date.now;
  const { name = CONSENT_COOKIE_NAME, domain, read, write = defaultWrite } = options.cookie ?? {};
  const gpc = options.gpc ?? detectGpc();
  const healthData = options.healthData ?? false;
  const sendReceipt = options.receipts ? createReceiptSender(options.receipts) : undefined;
  const listeners = new Set<(state: ConsentState) => void>();
  const decisionListeners = new Set<(event: ConsentDecisionEvent) => void>();

  const load = (raw: string | undefined): ConsentRecord | null => {
    const record = parseConsentCookie(raw, { now: now() });
    // Another revision or another jurisdiction's policy was not what the user answered.
    if (!record || record.policyRevision !== policy.revision || record.jurisdiction !== policy.jurisdiction)
      return null;
    return record;
  };

  const compute = (record: ConsentRecord | null): ConsentState => {
    const gpcApplies = gpc && policy.honourGpc;
    // The user's decisions, else the model's default: opt-in starts refused, opt-out and notice allowed.
    const base: Record<ConsentPurpose, boolean> = {
      ...NO_CONSENT,
      ...(record ? record.decisions : policy.model === 'opt-in' ? {} : ALL_CATEGORIES),
    };
    // GPC wins unless the user confirmed an exception; a conflict is a stored "yes" it overrides.
    const gpcOverrides = gpcApplies && !record?.gpcException;
    const gpcConflict = gpcOverrides && !!record?.decisions.marketing;
    if (gpcOverrides) base.marketing = false;
    if (healthData) base.analytics = base.marketing = false;
    return {
      policy,
      record,
      decisions: base,
      gpc,
      gpcApplies,
      gpcConflict,
      healthData,
      needsDecision: !record,
    };
  };

  let state = compute(load(options.initialCookie ?? read?.() ?? defaultRead(name)));

  const commit = (
    decisions: Partial<ConsentDecisions>,
    source: ConsentSource,
    action: ConsentDecisionEvent['action'],
    gpcException = false,
  ) => {
    const at = now();
    const maxAge = policy.lifetimeDays * DAY_SECONDS;
    const previous = state.record;
    const record: ConsentRecord = {
      schema: 2,
      policyRevision: policy.revision,
      jurisdiction: policy.jurisdiction,
      decisions: { ...NO_CONSENT, ...decisions },
      gpcException,
      source,
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
      expiresAt: at + maxAge * 1000,
      consentId: previous?.consentId ?? randomId(),
    };
    const value = serializeConsent(record);
    const secure = typeof location !== 'undefined' && location.protocol === 'https:' ? '; Secure' : '';
    const domainAttribute = domain ? `; Domain=${domain}` : '';
    write(`${name}=${value}; Path=/; Max-Age=${maxAge}; SameSite=Lax${domainAttribute}${secure}`, value);
    state = compute(record);
    const event: ConsentDecisionEvent = { type: 'decision', record, action };
    decisionListeners.forEach((l) => l(event));
    sendReceipt?.({
      consentId: record.consentId,
      jurisdiction: record.jurisdiction,
      policyRevision: record.policyRevision,
      decisions: record.decisions,
      source: record.source,
    });
    listeners.forEach((l) => l(state));
  };

  return {
    getState: () => state,
    subscribe: listenerSet(listeners),
    onDecision: listenerSet(decisionListeners),
    acceptAll: (source = 'banner') => commit(ALL_CATEGORIES, source, 'acceptAll'),
    rejectAll: (source = 'banner') => commit({}, source, 'rejectAll'),
    save: (decisions, source = 'preferences') => commit(decisions, source, 'save'),
    withdraw: () => commit({}, 'preferences', 'withdraw'),
    allowGpcException: () =>
      commit({ ...(state.record?.decisions ?? {}), marketing: true }, 'preferences', 'gpcException', true),
    isAllowed: (purpose) => purpose === 'necessary' || state.decisions[purpose],
    needsDecision: () => state.needsDecision,
  };
}
