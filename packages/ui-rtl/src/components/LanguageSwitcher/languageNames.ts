import { getDirection, SUPPORTED_LOCALES } from '@globalkit/i18n';
import type { Direction } from '@globalkit/i18n';

/** One option of the switcher. */
export interface LanguageOption {
  readonly tag: string;
  /** The language's own name (CLDR autonym), first letter capitalised for a menu. */
  readonly autonym: string;
  /** Writing direction of the autonym. */
  readonly dir: Direction;
  /** Lower-cased names type-ahead matches: autonym, English, the UI language's, the tag. */
  readonly searchTerms: readonly string[];
  /** Which group it is listed in. */
  readonly group: 'region' | 'all';
}

const namesCache = new Map<string, Intl.DisplayNames | null>();

/** `Intl.DisplayNames` for a locale (cached; null where the runtime lacks it). */
function displayNames(locale: string): Intl.DisplayNames | null {
  let names = namesCache.get(locale);
  if (names === undefined) {
    try {
      // 'dialect' (the default) gives "American English" / "British English": what users recognise.
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    } catch {
      names = null;
    }
    namesCache.set(locale, names);
  }
  return names;
}

/** The name of `tag` in `displayLocale`; the tag itself when unknown. */
export function languageName(tag: string, displayLocale: string): string {
  try {
    return displayNames(displayLocale)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A language's own name as a menu item: CLDR gives "français", "español",
 * "italiano" in lower case (mid-sentence form); CLDR's own
 * `uiListOrMenu` context capitalises them, so we upper-case the first
 * letter with the language's own rules. Scripts without case are unchanged.
 */
export function autonym(tag: string): string {
  const name = languageName(tag, tag);
  const first = String.fromCodePoint(name.codePointAt(0) ?? 0);
  if (name.length === 0) return name;
  try {
    return first.toLocaleUpperCase(tag) + name.slice(first.length);
  } catch {
    return first.toUpperCase() + name.slice(first.length);
  }
}

/** The compact trigger's short code: the tag upper-cased (`EN-US`, `AR`). */
export function shortCode(tag: string): string {
  return tag.toUpperCase();
}

/**
 * The options in display order. With `priorityLocales`, those (supported,
 * deduplicated, in the given order) come first in the `region` group and
 * the rest follow in catalog order; otherwise all are in the `all` group.
 */
export function buildOptions(
  uiLocale: string,
  priorityLocales: readonly string[] = [],
  locales: readonly string[] = SUPPORTED_LOCALES,
): LanguageOption[] {
  const priority = [...new Set(priorityLocales)].filter((tag) => locales.includes(tag));
  const rest = locales.filter((tag) => !priority.includes(tag));
  const make = (tag: string, group: LanguageOption['group']): LanguageOption => {
    const own = autonym(tag);
    return {
      tag,
      autonym: own,
      dir: getDirection(tag),
      searchTerms: searchTermsFor([own, languageName(tag, 'en'), languageName(tag, uiLocale), tag]),
      group,
    };
  };
  return [...priority.map((tag) => make(tag, 'region')), ...rest.map((tag) => make(tag, 'all'))];
}

/**
 * APG type-ahead: the next option (cyclically, after `from` for a fresh
 * single character, from `from` itself while a word is being typed) one of
 * whose names starts with `query`. Repeating one character cycles through
 * the options starting with it. Returns -1 when nothing matches.
 */
export function findTypeahead(options: readonly LanguageOption[], from: number, query: string): number {
  if (options.length === 0 || query.length === 0) return -1;
  const needle = query.toLocaleLowerCase();
  const chars = [...needle];
  const repeated = chars.every((char) => char === chars[0]);
  const search = repeated ? (chars[0] ?? needle) : needle;
  const offset = repeated ? 1 : 0;
  for (let step = 0; step < options.length; step += 1) {
    const index = (Math.max(from, 0) + offset + step) % options.length;
    if (options[index]?.searchTerms.some((term) => term.startsWith(search))) return index;
  }
  return -1;
}

/** Arabic definite article: "العربية" is found by typing "ع" as well as "ا". */
const ARABIC_ARTICLE = 'ال';

function searchTermsFor(names: readonly string[]): string[] {
  const terms = names.flatMap((name) => {
    const lower = name.toLocaleLowerCase();
    return lower.startsWith(ARABIC_ARTICLE) ? [lower, lower.slice(ARABIC_ARTICLE.length)] : [lower];
  });
  return [...new Set(terms)];
}
