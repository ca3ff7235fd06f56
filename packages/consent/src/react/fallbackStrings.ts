import enConsent from '../../../../locales/en-US/consent.json';

/**
 * The bundled en-US text of a `consent` key, with i18next-style `_one` /
 * `_other` plurals and `{{name}}` interpolation. Loaded lazily by
 * `useConsentStrings` only when no translation is available, so apps with an
 * I18nProvider never download the English copy.
 */
export function fallbackStrings(key: string, options?: Readonly<Record<string, unknown>>): string {
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
