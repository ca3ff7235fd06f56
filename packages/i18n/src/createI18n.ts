import i18next from 'i18next';
import type { i18n as I18next, Resource } from 'i18next';
import type { RegionId } from '@globalkit/regions';

import { createLocaleBackend } from './createLocaleBackend';
import type { LocaleLoaders } from './createLocaleBackend';
import { createMissingKeyHandler } from './createMissingKeyHandler';
import type { I18nMode, MissingKeyListener } from './createMissingKeyHandler';
import { detectLocale } from './detectLocale';
import { localeLoaders } from './generated/localeLoaders';
import { getDirection } from './getDirection';
import type { Direction } from './getDirection';
import { writeLocalePreference } from './localePreference';
import type { LocalePersistenceOptions } from './localePreference';
import { matchLocale } from './matchLocale';
import { negotiateLocale } from './negotiateLocale';
import { PSEUDO_LOCALES, SUPPORTED_LOCALES } from './supportedLocales';
import type { LoadableLocale } from './supportedLocales';
import { syncDocumentLocale } from './syncDocumentLocale';

/** Options of {@link createI18n}. */
export interface CreateI18nOptions extends LocalePersistenceOptions {
  /**
   * Use this locale instead of detecting one (SSR, tests, Storybook). It is
   * matched like any request (`en-AU` → `en-GB`) and may be a pseudo-locale
   * in any mode; unusable input falls back to negotiation from the region.
   */
  readonly locale?: string | undefined;
  /** Serving region: its language priorities decide when the user expressed no usable preference. */
  readonly region?: RegionId | undefined;
  /** Query parameter that forces a locale. @defaultValue 'lng' */
  readonly queryParameter?: string | undefined;
  /**
   * Strings already at hand, `{ [locale]: { [namespace]: json } }` (SSR
   * hydration, tests): used synchronously, no loading for what they cover.
   */
  readonly resources?: Resource | undefined;
  /** Namespaces loaded with the first locale; others load on first use. @defaultValue ['common'] */
  readonly namespaces?: readonly string[] | undefined;
  /**
   * Missing-key behaviour and pseudo-locale default: `'development'` shows
   * `⟦ns:key⟧` markers and warns; `'production'` shows the en-US string.
   *
   * The default follows `import.meta.env.DEV`, which Vite sets from
   * `NODE_ENV`, not from `--mode`: a build made with `NODE_ENV` other than
   * `production` (exported in the shell or CI, or set in a `.env` file) is a
   * development build, so users would see markers. Pass `mode: 'production'`
   * to force it (see the README, "Missing keys"). Without a Vite-style
   * `import.meta.env` the default is `'production'`.
   * @defaultValue `'development'` when `import.meta.env.DEV === true`, else `'production'`
   */
  readonly mode?: I18nMode | undefined;
  /** Honour `en-XA` / `ar-XB` from the stored choice, the URL and `setLocale`. @defaultValue `mode === 'development'` */
  readonly allowPseudoLocales?: boolean | undefined;
  /** Called once per locale, namespace and key missing from the active locale (for reporting). */
  readonly onMissingKey?: MissingKeyListener | undefined;
  /** Keep `<html lang dir>` in sync with the locale. @defaultValue true where a `document` exists */
  readonly syncDocument?: boolean | undefined;
  /** Suspend React rendering (`useTranslation`, `I18nProvider`) until strings are loaded. @defaultValue true */
  readonly useSuspense?: boolean | undefined;
  /** Where strings load from. @defaultValue the generated map of `locales/` (one lazy chunk per locale and namespace) */
  readonly loaders?: LocaleLoaders | undefined;
}

/** A configured i18next instance plus globalkit's locale state. */
export interface GlobalkitI18n {
  /** The underlying i18next instance (its own, never the global singleton). */
  readonly i18next: I18next;
  /** Resolves once the first locale's namespaces have loaded (or failed: missing keys then fall back). */
  readonly ready: Promise<void>;
  /** Whether {@link GlobalkitI18n.ready} has settled; true at once when `resources` covered the first locale. */
  isReady(): boolean;
  /** The active locale. */
  readonly locale: LoadableLocale;
  /** Direction of the active locale. */
  readonly direction: Direction;
  /** Behaviour chosen for missing keys. */
  readonly mode: I18nMode;
  /** Translate with the active locale (i18next's `t`). */
  readonly t: I18next['t'];
  /**
   * The user's explicit choice: matched (`de-AT` → `de`), persisted
   * (localStorage + cookie), loaded, then applied. Unusable input changes
   * nothing and resolves to the current locale; never rejects.
   */
  setLocale(tag: string): Promise<LoadableLocale>;
  /** Called after the locale changes and when the first locale becomes ready. @returns unsubscribe */
  subscribe(listener: () => void): () => void;
}

/**
 * Creates an isolated i18next instance for globalkit's locales.
 *
 * The locale is `options.locale` when given, else {@link detectLocale}
 * (stored explicit choice → `?lng=` → browser languages → region → en-US).
 * Strings load lazily per locale and namespace through the generated loader
 * map; only the active locale is fetched (en-US only for missing keys in
 * production). Nothing is persisted except by `setLocale`.
 */
export function createI18n(options: CreateI18nOptions = {}): GlobalkitI18n {
  // Vite (and bundlers that mimic it) replace `import.meta.env.DEV`; elsewhere this is production.
  const mode: I18nMode =
    options.mode ??
    ((import.meta as ImportMeta & { env?: { DEV?: unknown } }).env?.DEV === true
      ? 'development'
      : 'production');
  const allowPseudoLocales = options.allowPseudoLocales ?? mode === 'development';
  // A `locale` from code (SSR, tests, Storybook's toolbar) may be a pseudo-locale in any mode.
  const initialLocale =
    options.locale === undefined
      ? detectLocale({ ...options, allowPseudoLocales })
      : negotiateLocale([options.locale], { region: options.region, allowPseudoLocales: true });
  const syncDocument = options.syncDocument ?? typeof document !== 'undefined';
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const instance = i18next.createInstance();
  const backend = createLocaleBackend(options.loaders ?? localeLoaders);
  instance.use(backend);
  if (syncDocument) {
    syncDocumentLocale(initialLocale);
    instance.on('languageChanged', syncDocumentLocale);
  }
  instance.on('languageChanged', notify);

  // i18next only switches `language` once the new locale's strings are in, so text and direction flip together.
  const currentLocale = () => (instance.language || initialLocale) as LoadableLocale;
  let settled = false;
  const ready = new Promise<void>((resolve) => {
    void instance.init(
      {
        lng: initialLocale,
        // Only the active locale is loaded; en-US comes in per namespace for missing keys (production).
        fallbackLng: false,
        load: 'currentOnly',
        supportedLngs: [...SUPPORTED_LOCALES, ...PSEUDO_LOCALES],
        ns: [...(options.namespaces ?? ['common'])],
        defaultNS: 'common',
        ...(options.resources && { resources: options.resources }),
        partialBundledLanguages: true,
        // Synchronous init: preloaded resources render on the first pass (SSR, hydration).
        initAsync: false,
        // (`returnNull: false` and `nonExplicitSupportedLngs: false` are i18next's defaults.)
        returnEmptyString: false,
        appendNamespaceToMissingKey: true,
        parseMissingKeyHandler: createMissingKeyHandler(instance, backend, mode, options.onMissingKey),
        // React escapes; escaping here too would double-escape.
        interpolation: { escapeValue: false },
        react: {
          useSuspense: options.useSuspense ?? true,
          // `bindI18n` is react-i18next's default, 'languageChanged'. Also re-render when strings
          // arrive late (a namespace on first use, the en-US fallback).
          bindI18nStore: 'added',
        },
      },
      () => {
        settled = true;
        resolve();
        notify();
      },
    );
  });

  return {
    i18next: instance,
    ready,
    isReady: () => settled,
    get locale() {
      return currentLocale();
    },
    get direction() {
      return getDirection(currentLocale());
    },
    mode,
    t: instance.t.bind(instance) as I18next['t'],
    async setLocale(tag) {
      const locale = matchLocale(tag, { allowPseudoLocales });
      if (!locale) return currentLocale();
      writeLocalePreference(locale, options);
      await instance.changeLanguage(locale);
      return locale;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
