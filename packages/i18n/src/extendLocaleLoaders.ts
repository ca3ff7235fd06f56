import type { LocaleLoaders } from './createLocaleBackend';
import { localeLoaders } from './generated/localeLoaders';

/**
 * The SDK's loader map (globalkit's namespaces for every locale) with an
 * app's own namespaces added, for `createI18n({ loaders })`.
 *
 * Apps keep their strings in their own `locales/` folder and generate their
 * map with `globalkit-locales pseudo --dir <locales> --out <dir>`; this
 * merges it per locale so one i18n instance serves both. An app namespace
 * may not reuse a globalkit namespace name: silently shadowing the SDK's
 * strings would break its components in ways no test of the app would see.
 *
 * @throws {Error} when `extra` defines a namespace the SDK already has (names it)
 */
export function extendLocaleLoaders(extra: LocaleLoaders): LocaleLoaders {
  const merged: Record<string, Readonly<Record<string, () => Promise<unknown>>>> = { ...localeLoaders };
  for (const [locale, namespaces] of Object.entries(extra)) {
    if (!namespaces) continue;
    const base: Readonly<Record<string, () => Promise<unknown>>> = merged[locale] ?? {};
    const clash = Object.keys(namespaces).find((namespace) => Object.hasOwn(base, namespace));
    if (clash) {
      throw new Error(
        `extendLocaleLoaders: namespace "${clash}" of locale "${locale}" is one of globalkit's own ` +
          `(${Object.keys(base).join(', ')}); give the app's namespace another name.`,
      );
    }
    merged[locale] = { ...base, ...namespaces };
  }
  return merged;
}
