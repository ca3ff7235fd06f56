/**
 * `@globalkit/consent/google-consent-mode`: the Google Consent Mode v2 adapter.
 * Feeds a consent store's effective decisions to `gtag('consent', …)`.
 *
 * An optional third-party integration, so it has its own entry and the core
 * (`@globalkit/consent`) stays free of it: apps that load no Google tags never
 * download it. Framework-free; it only needs a store from the core.
 *
 * @example
 * ```ts
 * import { createConsentStore } from '@globalkit/consent';
 * import { installConsentMode } from '@globalkit/consent/google-consent-mode';
 *
 * installConsentMode(gtag, createConsentStore({ jurisdiction: 'DE' })); // before any Google tag
 * ```
 *
 * @packageDocumentation
 */
// Explicit named barrel.
export { toConsentMode } from './toConsentMode';
export type { ConsentModeParams, ConsentModeValue } from './toConsentMode';
export { installConsentMode } from './installConsentMode';
export type { Gtag, InstallConsentModeOptions } from './installConsentMode';
