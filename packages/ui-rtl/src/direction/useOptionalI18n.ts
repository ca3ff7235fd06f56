import { useI18n } from '@globalkit/i18n';
import type { GlobalkitI18n } from '@globalkit/i18n';
import { useSyncExternalStore } from 'react';

const noopSubscribe = () => () => undefined;
const nullSnapshot = () => null;

/**
 * The nearest I18nProvider's instance, or null when there is none (the
 * components then render en-US strings, left to right). `useI18n` only
 * reads a context, so catching its "no provider" error keeps the hook
 * order stable.
 */
export function useOptionalI18n(): GlobalkitI18n | null {
  try {
    return useI18n();
  } catch {
    return null;
  }
}

/** The active locale of the nearest I18nProvider (re-rendering on change), or null without one. */
export function useOptionalLocale(i18n: GlobalkitI18n | null): string | null {
  return useSyncExternalStore(
    i18n ? i18n.subscribe : noopSubscribe,
    i18n ? () => i18n.locale : nullSnapshot,
    i18n ? () => i18n.locale : nullSnapshot,
  );
}
