export { ConsentProvider } from './ConsentProvider';
export type { ConsentProviderProps } from './ConsentProvider';
export { useConsent } from './useConsent';
export type { UseConsentResult } from './useConsent';
