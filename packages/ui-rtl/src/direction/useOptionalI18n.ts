import type { GlobalkitI18n } from '@globalkit/i18n';
import { useSyncExternalStore } from 'react';

const noopSubscribe = () => () => undefined;
const nullSnapshot = () => null;

/** The active locale of the nearest I18nProvider (re-rendering on change), or null without one. */
export function useOptionalLocale(i18n: GlobalkitI18n | null): string | null {
  return useSyncExternalStore(
    i18n ? i18n.subscribe : noopSubscribe,
    i18n ? () => i18n.locale : nullSnapshot,
    i18n ? () => i18n.locale : nullSnapshot,
  );
}
