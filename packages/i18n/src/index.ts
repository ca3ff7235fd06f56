// Explicit named barrel: the public API is exactly what is listed here.
// Framework-free core first; the thin React layer last.
export {
  SUPPORTED_LOCALES,
  PSEUDO_LOCALES,
  DEFAULT_LOCALE,
  isSupportedLocale,
  isPseudoLocale,
  isLoadableLocale,
} from './supportedLocales';
export type { SupportedLocale, PseudoLocale, LoadableLocale } from './supportedLocales';
export { getDirection, RTL_LANGUAGES, RTL_SCRIPTS } from './getDirection';
export type { Direction } from './getDirection';
export { matchLocale } from './matchLocale';
export type { MatchLocaleOptions } from './matchLocale';
export { negotiateLocale } from './negotiateLocale';
export type { NegotiateLocaleOptions } from './negotiateLocale';
export { parseAcceptLanguage } from './parseAcceptLanguage';
export { detectLocale } from './detectLocale';
export type { DetectLocaleOptions } from './detectLocale';
export {
  LOCALE_STORAGE_KEY,
  LOCALE_COOKIE_NAME,
  readLocalePreference,
  writeLocalePreference,
  parseLocaleCookie,
} from './localePreference';
export type { LocalePersistenceOptions } from './localePreference';
export { createI18n } from './createI18n';
export type { CreateI18nOptions, GlobalkitI18n } from './createI18n';
export type { I18nMode, MissingKeyListener } from './createMissingKeyHandler';
export { createLocaleBackend } from './createLocaleBackend';
export { extendLocaleLoaders } from './extendLocaleLoaders';
export type { LocaleBackend, LocaleLoaders, NamespaceLoader } from './createLocaleBackend';
export { syncDocumentLocale } from './syncDocumentLocale';
export {
  getNumberFormat,
  getDateTimeFormat,
  getRelativeTimeFormat,
  getListFormat,
  getPluralRules,
  getLocaleDisplayName,
} from './formatters';
export { formatRelativeTime } from './formatRelativeTime';
export type { FormatRelativeTimeOptions } from './formatRelativeTime';
export { LOCALE_NAMESPACES } from './generated/localeLoaders';
export type { GlobalkitResources, GlobalkitNamespace } from './generated/resources';

export { I18nProvider } from './I18nProvider';
export type { I18nProviderProps } from './I18nProvider';
export { useI18n, useOptionalI18n } from './I18nContext';
export { useNamespaceStrings } from './useNamespaceStrings';
export type { NamespaceKey, NamespaceTranslate, TranslateOptions } from './useNamespaceStrings';
export { useLocale } from './useLocale';
export type { LocaleState } from './useLocale';
export {
  useNumberFormat,
  useDateFormat,
  useListFormat,
  useRelativeTime,
  useFormatters,
} from './useFormatters';
export type { Formatters } from './useFormatters';
