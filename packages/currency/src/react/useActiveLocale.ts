import { useOptionalI18n } from '@globalkit/i18n';
import { useSyncExternalStore } from 'react';

const noopSubscribe = () => () => undefined;
const nullSnapshot = () => null;

/** Locale used when there is neither a `locale` prop nor an I18nProvider. */
export const FALLBACK_LOCALE = 'en-US';

/**
 * `override ?? the active locale of the nearest I18nProvider ?? en-US`,
 * re-rendering when the active locale changes.
 * @internal
 */
export function useActiveLocale(override?: string): string {
  const i18n = useOptionalI18n();
  const active = useSyncExternalStore(
    i18n ? i18n.subscribe : noopSubscribe,
    i18n ? () => i18n.locale : nullSnapshot,
    i18n ? () => i18n.locale : nullSnapshot,
  );
  return override ?? active ?? FALLBACK_LOCALE;
}
