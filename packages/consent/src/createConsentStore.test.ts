import { describe, expect, it, vi } from 'vitest';

import { createConsentStore } from './createConsentStore';
import type { ConsentStoreOptions } from './createConsentStore';
import { parseConsentCookie } from './parseConsentCookie';
import { POLICY_REVISION } from './policyFor';
import { serializeConsent } from './serializeConsent';
import { NO_CONSENT } from './types';

const NOW = Date.UTC(2026, 10, 20);

function setup(options: Partial<ConsentStoreOptions> & { jurisdiction: string }, cookie?: string) {
  let jar = cookie;
  const writes: string[] = [];
  const store = createConsentStore({
    gpc: false,
    now: () => NOW,
    ...options,
    cookie: {
      read: () => jar,
      write: (full, value) => {
        writes.push(full);
        jar = value;
      },
      ...options.cookie,
    },
  });
  return { store, writes, jar: () => jar };
}

function stored(jurisdiction: string, decisions: Partial<typeof NO_CONSENT>, extra: object = {}) {
  return serializeConsent({
    schema: 2,
    policyRevision: POLICY_REVISION,
    jurisdiction,
    decisions: { ...NO_CONSENT, ...decisions },
    gpcException: false,
    source: 'banner',
    createdAt: NOW - 1000,
    updatedAt: NOW - 1000,
    expiresAt: NOW + 86_400_000,
    consentId: 'ab'.repeat(16),
    ...extra,
  });
}

describe('createConsentStore', () => {
  it('opt-in: nothing optional before a decision', () => {
    const { store } = setup({ jurisdiction: 'DE' });
    expect(store.needsDecision()).toBe(true);
    expect(store.isAllowed('necessary')).toBe(true);
    for (const c of ['functional', 'analytics', 'marketing'] as const) expect(store.isAllowed(c)).toBe(false);
  });

  it('acceptAll writes a SameSite=Lax cookie, emits a decision and never grants separate purposes', () => {
    const { store, writes, jar } = setup({
      jurisdiction: 'CN',
      cookie: { name: 'c', domain: '.example.com' },
    });
    const events = vi.fn();
    const states = vi.fn();
    store.onDecision(events);
    store.subscribe(states);
    store.acceptAll();
    expect(writes[0]).toMatch(/^c=2\..+; Path=\/; Max-Age=31536000; SameSite=Lax; Domain=\.example\.com$/);
    expect(store.isAllowed('marketing')).toBe(true);
    expect(store.isAllowed('crossBorderTransfer')).toBe(false);
    expect(store.needsDecision()).toBe(false);
    expect(events).toHaveBeenCalledWith(expect.objectContaining({ type: 'decision', action: 'acceptAll' }));
    expect(states).toHaveBeenCalledTimes(1);
    expect(parseConsentCookie(jar(), { now: NOW })?.consentId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('save / withdraw keep the consent id and record refusals', () => {
    const { store } = setup({ jurisdiction: 'DE' });
    store.save({ analytics: true });
    const id = store.getState().record?.consentId;
    expect(store.isAllowed('analytics')).toBe(true);
    expect(store.isAllowed('functional')).toBe(false);
    store.withdraw();
    expect(store.getState().record?.consentId).toBe(id);
    expect(store.isAllowed('analytics')).toBe(false);
    expect(store.needsDecision()).toBe(false);
  });

  it('reads a stored decision (also from initialCookie for SSR)', () => {
    expect(
      setup({ jurisdiction: 'DE' }, stored('DE', { analytics: true })).store.isAllowed('analytics'),
    ).toBe(true);
    const ssr = createConsentStore({
      jurisdiction: 'DE',
      gpc: false,
      now: () => NOW,
      initialCookie: stored('DE', { analytics: true }),
    });
    expect(ssr.isAllowed('analytics')).toBe(true);
  });

  it('re-asks when the policy revision changes, the record expires or the jurisdiction differs', () => {
    expect(
      setup(
        { jurisdiction: 'DE' },
        stored('DE', { analytics: true }, { policyRevision: '2020-01' }),
      ).store.needsDecision(),
    ).toBe(true);
    expect(
      setup(
        { jurisdiction: 'DE' },
        stored('DE', { analytics: true }, { expiresAt: NOW - 1 }),
      ).store.needsDecision(),
    ).toBe(true);
    expect(setup({ jurisdiction: 'DE' }, stored('US-CA', { analytics: true })).store.needsDecision()).toBe(
      true,
    );
  });

  it('opt-out: allowed until the user opts out', () => {
    const { store } = setup({ jurisdiction: 'US-CA' });
    expect(store.needsDecision()).toBe(true);
    expect(store.isAllowed('marketing')).toBe(true);
    store.rejectAll();
    expect(store.isAllowed('marketing')).toBe(false);
  });

  describe('GPC', () => {
    it('is an opt-out of sale/sharing where the law requires it, without writing a record', () => {
      const { store, writes } = setup({ jurisdiction: 'US-CA', gpc: true });
      expect(store.getState()).toMatchObject({
        gpc: true,
        gpcApplies: true,
        gpcConflict: false,
        record: null,
      });
      expect(store.isAllowed('marketing')).toBe(false);
      expect(store.isAllowed('analytics')).toBe(true);
      expect(writes).toEqual([]);
    });

    it('wins over an earlier opt-in and reports the conflict; an explicit exception is honoured', () => {
      const { store } = setup({ jurisdiction: 'US-CO', gpc: true }, stored('US-CO', { marketing: true }));
      expect(store.getState().gpcConflict).toBe(true);
      expect(store.isAllowed('marketing')).toBe(false);
      store.allowGpcException();
      expect(store.getState()).toMatchObject({ gpcConflict: false });
      expect(store.isAllowed('marketing')).toBe(true);
    });

    it('keeping the opt-out records source gpc', () => {
      const { store } = setup({ jurisdiction: 'US-CA', gpc: true }, stored('US-CA', { marketing: true }));
      store.save({ ...store.getState().decisions, marketing: false }, 'gpc');
      expect(store.getState()).toMatchObject({ gpcConflict: false, record: { source: 'gpc' } });
    });

    it('does not override an explicit opt-in where the law does not require it (GDPR, VA)', () => {
      expect(
        setup({ jurisdiction: 'DE', gpc: true }, stored('DE', { marketing: true })).store.isAllowed(
          'marketing',
        ),
      ).toBe(true);
      expect(setup({ jurisdiction: 'US-VA', gpc: true }).store.getState().gpcApplies).toBe(false);
    });
  });

  it('health-data mode keeps analytics and marketing off whatever was consented', () => {
    const { store } = setup(
      { jurisdiction: 'DE', healthData: true },
      stored('DE', { analytics: true, marketing: true, functional: true }),
    );
    expect(store.isAllowed('analytics')).toBe(false);
    expect(store.isAllowed('marketing')).toBe(false);
    expect(store.isAllowed('functional')).toBe(true);
    store.acceptAll();
    expect(store.isAllowed('analytics')).toBe(false);
  });

  it('sends a receipt per decision without blocking', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 201 }));
    const { store } = setup({ jurisdiction: 'BR', receipts: { endpoint: '/r', fetch, locale: 'de' } });
    store.rejectAll();
    expect(store.getState().record).not.toBeNull();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const body = JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string);
    expect(Object.keys(body).sort()).toEqual([
      'consentId',
      'decisions',
      'jurisdiction',
      'locale',
      'policyRevision',
      'source',
    ]);
    expect(body).toMatchObject({ jurisdiction: 'BR', source: 'banner', locale: 'de' });
  });
});
