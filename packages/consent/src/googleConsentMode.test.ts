import { describe, expect, it } from 'vitest';

import { createConsentStore } from './createConsentStore';
import * as googleConsentMode from './googleConsentMode';
import { installConsentMode, toConsentMode } from './googleConsentMode';
import * as core from './index';
import { NO_CONSENT } from './types';

const memory = () => {
  let v: string | undefined;
  return { read: () => v, write: (_: string, value: string) => void (v = value) };
};

describe('Consent Mode v2', () => {
  it('is its own entry, not part of the core', () => {
    expect(Object.keys(googleConsentMode).sort()).toEqual(['installConsentMode', 'toConsentMode']);
    expect(core).not.toHaveProperty('installConsentMode');
    expect(core).not.toHaveProperty('toConsentMode');
  });

  it('maps categories to consent types', () => {
    expect(toConsentMode({ decisions: { ...NO_CONSENT, analytics: true } })).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });

  it('sends default (denied, wait_for_update) first, then an update on every change', () => {
    const calls: unknown[][] = [];
    const store = createConsentStore({ jurisdiction: 'DE', gpc: false, cookie: memory() });
    const stop = installConsentMode((...args) => calls.push(args), store, { waitForUpdate: 300 });
    expect(calls).toEqual([
      [
        'consent',
        'default',
        expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 300 }),
      ],
    ]);
    store.acceptAll();
    store.rejectAll();
    expect(calls.map((c) => c[1])).toEqual(['default', 'update', 'update']);
    expect(calls[1]?.[2]).toMatchObject({ ad_storage: 'granted', analytics_storage: 'granted' });
    expect(calls[2]?.[2]).toMatchObject({ ad_storage: 'denied' });
    stop();
    store.acceptAll();
    expect(calls).toHaveLength(3);
  });

  it('denies ads under GPC in California even by default', () => {
    const calls: unknown[][] = [];
    installConsentMode(
      (...args) => calls.push(args),
      createConsentStore({ jurisdiction: 'US-CA', gpc: true, cookie: memory() }),
    );
    expect(calls[0]?.[2]).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      analytics_storage: 'granted',
    });
  });
});
