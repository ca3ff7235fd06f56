import type { ConsentState } from './createConsentStore';

/** A Google Consent Mode value. */
export type ConsentModeValue = 'granted' | 'denied';

/** Google Consent Mode v2 parameters. */
export interface ConsentModeParams {
  readonly ad_storage: ConsentModeValue;
  readonly ad_user_data: ConsentModeValue;
  readonly ad_personalization: ConsentModeValue;
  readonly analytics_storage: ConsentModeValue;
  readonly functionality_storage: ConsentModeValue;
  readonly personalization_storage: ConsentModeValue;
  readonly security_storage: ConsentModeValue;
}

/**
 * Maps effective decisions (after GPC and health-data mode) to Consent Mode
 * v2: marketing → ad_storage, ad_user_data, ad_personalization; analytics →
 * analytics_storage; functional → functionality_storage and
 * personalization_storage; security_storage is necessary, always granted.
 */
export function toConsentMode(state: Pick<ConsentState, 'decisions'>): ConsentModeParams {
  const v = (on: boolean): ConsentModeValue => (on ? 'granted' : 'denied');
  const { marketing, analytics, functional } = state.decisions;
  return {
    ad_storage: v(marketing),
    ad_user_data: v(marketing),
    ad_personalization: v(marketing),
    analytics_storage: v(analytics),
    functionality_storage: v(functional),
    personalization_storage: v(functional),
    security_storage: 'granted',
  };
}
