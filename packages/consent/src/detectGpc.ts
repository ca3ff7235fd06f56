/**
 * Whether the user agent sends a Global Privacy Control signal: the
 * `Sec-GPC: 1` request header on the server, `navigator.globalPrivacyControl`
 * in the browser. Anything but an exact `1` / `true` is "no signal".
 *
 * @param source - A `Headers`, a header record, or omitted to read `navigator`.
 */
export function detectGpc(
  source?: Headers | Readonly<Record<string, string | readonly string[] | undefined>>,
): boolean {
  if (source === undefined) {
    const nav =
      typeof navigator === 'undefined' ? undefined : (navigator as { globalPrivacyControl?: unknown });
    return nav?.globalPrivacyControl === true;
  }
  const raw =
    typeof (source as Headers).get === 'function'
      ? (source as Headers).get('sec-gpc')
      : Object.entries(source).find(([k]) => k.toLowerCase() === 'sec-gpc')?.[1];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value.trim() === '1';
}
