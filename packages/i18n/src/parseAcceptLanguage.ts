/** Header characters read at most; a real header is well under 200. */
const MAX_HEADER_LENGTH = 4096;
/** Entries kept at most. */
const MAX_ENTRIES = 32;
/** A language range other than `*` (which names no locale): alphanumeric subtags (underscores tolerated, `matchLocale` fixes them). */
const RANGE = /^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/;
/** RFC 9110 qvalue: 0–1 with up to three decimals. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Parses an HTTP `Accept-Language` header into language tags, most preferred
 * first.
 *
 * Follows RFC 9110: entries are ordered by `q` (default 1; ties keep header
 * order), `q=0` means "not acceptable" and is dropped, and so is the `*`
 * wildcard (it only says "anything else", which negotiation's region and
 * default fallbacks already express). Garbage-tolerant: malformed entries or
 * `q` values are skipped, duplicates keep their first occurrence, and work is
 * bounded (the first 4096 characters, at most 32 entries).
 *
 * @example parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5') // ['fr-CH', 'fr', 'en']
 * @param header - the raw header value; anything but a string gives `[]`. Never throws.
 */
export function parseAcceptLanguage(header: unknown): string[] {
  if (typeof header !== 'string') return [];
  const entries: Array<{ tag: string; q: number }> = [];
  const seen = new Set<string>();
  const parts = header.slice(0, MAX_HEADER_LENGTH).split(',');
  for (const part of parts) {
    if (entries.length >= MAX_ENTRIES) break;
    const [rawTag = '', ...params] = part.split(';');
    const tag = rawTag.trim();
    if (!RANGE.test(tag)) continue;
    const q = parseQuality(params);
    if (q === undefined || q === 0) continue;
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ tag, q });
  }
  // Array#sort is stable (ES2019): equal q keep header order.
  return entries.sort((a, b) => b.q - a.q).map((entry) => entry.tag);
}

/** @returns the entry's `q` (1 when absent), or `undefined` when it is malformed. */
function parseQuality(params: readonly string[]): number | undefined {
  let q = 1;
  for (const param of params) {
    const [name = '', value = ''] = param.split('=', 2).map((piece) => piece.trim());
    if (name.toLowerCase() !== 'q') continue;
    if (!QVALUE.test(value)) return undefined;
    q = Number(value);
  }
  return q;
}
