// Explicit named barrel of the React layer (built on @globalkit/ui-rtl).
export { ConsentProvider, useConsent } from './ConsentProvider';
export type { ConsentProviderProps, UseConsentResult } from './ConsentProvider';
export { ConsentBanner } from './ConsentBanner';
export type { ConsentBannerProps } from './ConsentBanner';
export { ConsentPreferences } from './ConsentPreferences';
export type { ConsentPreferencesProps, ConsentServices } from './ConsentPreferences';
export { ConsentGate } from './ConsentGate';
export type { ConsentGateProps } from './ConsentGate';
export { DoNotSellLink } from './DoNotSellLink';
export type { DoNotSellLinkProps } from './DoNotSellLink';
export { DataRequestForm, submitPrivacyRequest } from './DataRequestForm';
export type {
  DataRequestFormProps,
  PrivacyRequestBody,
  PrivacyRequestResult,
  PrivacyRequestTransport,
  PrivacyRequestType,
} from './DataRequestForm';
export { loadConsentFallback, useConsentStrings } from './useConsentStrings';
export type { ConsentKey, ConsentTranslate } from './useConsentStrings';
