// Test utilities for @globalkit/ui-rtl's own tests (not part of the published API).
export { createTestI18n, renderWithProviders, TestProviders } from './renderWithProviders';
export type { ProviderOptions } from './renderWithProviders';
export { expectMirrored } from './expectMirrored';
export type { ExpectMirroredOptions } from './expectMirrored';
export { expectNoAxeViolations } from './expectNoAxeViolations';
export { expectSsrHydrates } from './expectSsrHydrates';
export { TEST_RESOURCES } from './resources';
export type { LocaleBundle } from './resources';
export { mustQuery } from './mustQuery';
export { recordCssjanusRules } from './recordCssjanusRules';
