import { useNamespaceStrings } from '@globalkit/i18n';
import type { NamespaceKey, NamespaceTranslate, TranslateOptions } from '@globalkit/i18n';

import enUi from '../../../../locales/en-US/ui.json';

/** A key of the `ui` namespace (from the en-US reference), e.g. `'spinner.label'`. */
export type UiKey = NamespaceKey<typeof enUi>;

/** Interpolation values and `count` for plurals. */
export type UiOptions = TranslateOptions;

/** Translate a `ui` key in the active locale. */
export type UiTranslate = NamespaceTranslate<typeof enUi>;

/**
 * `t` for the `ui` namespace — the only way components get text (no English
 * literals in components). Re-renders on locale change and when the
 * namespace arrives. Without an I18nProvider it returns the en-US strings.
 */
export function useUiStrings(): UiTranslate {
  return useNamespaceStrings('ui', enUi);
}
