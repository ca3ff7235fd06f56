import { useI18n } from '@globalkit/i18n';
import type { GlobalkitI18n } from '@globalkit/i18n';
import { useCallback, useSyncExternalStore } from 'react';

import enConsent from '../../../../locales/en-US/consent.json';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** A key of the `consent` namespace (from the en-US reference). */
export type ConsentKey = WithoutPlural<Leaves<typeof enConsent>>;

/** Translate a `consent` key in the active locale. */
export type ConsentTranslate = (key: ConsentKey, options?: Readonly<Record<string, unknown>>) => string;

const noop = () => () => undefined;

function useOptionalI18n(): GlobalkitI18n | null {
  try {
    return useI18n();
  } catch {
    // Widgets still render (en-US) without an I18nProvider; catching keeps hook order stable.
    return null;
  }
}

function english(key: string, options?: Readonly<Record<string, unknown>>): string {
  const count = options?.['count'];
  const candidates = typeof count === 'number' ? [`${key}_${count === 1 ? 'one' : 'other'}`, key] : [key];
  let text = key;
  for (const candidate of candidates) {
    let node: unknown = enConsent;
    for (const part of candidate.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node === 'string') {
      text = node;
      break;
    }
  }
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) =>
    options?.[name] === undefined ? m : String(options[name]),
  );
}

/**
 * `t` for the `consent` namespace plus the active locale. Strings come from
 * i18next when the namespace is loaded there; otherwise (no provider, or a
 * locale whose translation has not landed yet) from the bundled en-US
 * reference, so a widget never shows a raw key.
 */
export function useConsentStrings(): { t: ConsentTranslate; locale: string } {
  const i18n = useOptionalI18n();
  const snapshot = () => (i18n ? i18n.locale : 'en-US');
  const locale = useSyncExternalStore(i18n ? i18n.subscribe : noop, snapshot, snapshot);
  const t = useCallback<ConsentTranslate>(
    (key, options) => {
      // Reading `locale` ties `t` to it, so memoised children re-render on a language switch.
      const full = locale ? `consent:${key}` : key;
      if (i18n?.i18next.exists(full, options as never)) return String(i18n.t(full, options as never));
      return english(key, options);
    },
    [i18n, locale],
  );
  return { t, locale };
}
