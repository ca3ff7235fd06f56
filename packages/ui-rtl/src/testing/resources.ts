import arCommon from '../../../../locales/ar/common.json';
import arUi from '../../../../locales/ar/ui.json';
import enCommon from '../../../../locales/en-US/common.json';
import enUi from '../../../../locales/en-US/ui.json';

/** `{ [namespace]: json }` of one locale. */
export type LocaleBundle = Readonly<Record<string, unknown>>;

/**
 * Strings preloaded into test i18n instances (static JSON imports, so every
 * runner and bundler handles them). Pass others through `resources`.
 */
export const TEST_RESOURCES: Readonly<Record<string, LocaleBundle>> = {
  'en-US': { common: enCommon, ui: enUi },
  ar: { common: arCommon, ui: arUi },
};
