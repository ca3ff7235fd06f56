import { minorDigits } from './currencies';
import { currencyFormat } from './currencyFormat';
import { createPairCache, type PairCache } from './lruCache';
import { normalizeAmountText } from './normalizeAmountText';

/**
 * How one locale writes amounts of one currency, learnt from
 * `Intl.NumberFormat#formatToParts` (never hard-coded per locale).
 * @internal
 */
export interface LocaleNumberSymbols {
  /** Normalised decimal separator of the locale (`.`, `,`, `٫`). */
  readonly decimal: string;
  /** Normalised grouping separator (`,`, `.`, ` `, `'`, `٬`). */
  readonly group: string;
  /** Every character read as a decimal separator. */
  readonly decimals: string;
  /** Every character read as a grouping separator. */
  readonly groups: string;
  /** Ways this currency is written (symbols, codes, names), normalised, lower case, without spaces. */
  readonly currencyTexts: ReadonlySet<string>;
  readonly digits: number;
  /** `formatMoney` of 1234567.89 (or …567 for zero-digit currencies), bidi controls removed. */
  readonly example: string;
}

// Spellings people type that no CLDR display form produces.
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  USD: ['US$'],
  SGD: ['S$'],
  CNY: ['RMB', '¥', '元'],
  JPY: ['¥', '円'],
  INR: ['Rs', 'Rs.', '₹'],
  AED: ['Dhs', 'DH', 'د.إ'],
};

// Samples covering every plural category of currency names (zero, one,
// two, few, many, other in Arabic; one/other elsewhere).
const NAME_SAMPLES = ['0', '1', '2', '3', '11', '100', '1000000', '1.5'] as const;

/**
 * Locale × currency pairs whose symbols are kept: the 14 × 8 = 112 pairs a
 * global page formats fit with room to spare; bounded for long-lived apps.
 * (Building one costs a dozen `Intl.NumberFormat`s, so it must not thrash.)
 */
export const SYMBOLS_CACHE_SIZE = 256;

let cache: PairCache<LocaleNumberSymbols> | undefined;

/** Lower case without spaces: how affixes and currency texts are compared. */
export function currencyKey(text: string): string {
  return normalizeAmountText(text).replace(/ /g, '').toLowerCase();
}

/** @internal */
export function localeNumberSymbols(locale: string, currency: string): LocaleNumberSymbols {
  cache ??= createPairCache<LocaleNumberSymbols>(SYMBOLS_CACHE_SIZE);
  return cache.get(locale, currency, () => build(locale, currency));
}

/** Number of cached pairs (at most {@link SYMBOLS_CACHE_SIZE}). @internal */
export function cachedSymbolsCount(): number {
  return cache?.size ?? 0;
}

function build(locale: string, currency: string): LocaleNumberSymbols {
  // First, so a malformed locale is reported as such (InvalidArgumentError).
  const format = currencyFormat(locale, currency, undefined, 'parseMoney');
  const digits = minorDigits(currency);
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).formatToParts(1234567.5);
  const decimal = normalizeAmountText(parts.find((part) => part.type === 'decimal')?.value ?? '.') || '.';
  // Space-like group separators (U+00A0, U+202F) normalise to one space, which trims away.
  const groupPart = parts.find((part) => part.type === 'group')?.value ?? ',';
  const group = normalizeAmountText(groupPart) || ' ';

  let decimals = `${decimal}\u066B`;
  let groups = `${group} '\u2019\u066C`;
  if (decimal === '\u066B' || group === '\u066C') {
    // Arabic-script locales: Latin separators appear with Latin digits
    // (numberingSystem: 'latn'), and Persian writers use "/" as the momayyez.
    decimals += './';
    groups += ',';
  }
  groups = [...groups].filter((char) => !decimals.includes(char)).join('');

  const currencyTexts = new Set<string>([currencyKey(currency)]);
  for (const alias of ALIASES[currency] ?? []) currencyTexts.add(currencyKey(alias));
  const collect = (tag: string, options: Intl.NumberFormatOptions, samples: readonly string[]) => {
    const format = new Intl.NumberFormat(tag, { style: 'currency', currency, ...options });
    for (const sample of samples) {
      for (const part of format.formatToParts(sample as Intl.StringNumericLiteral)) {
        if (part.type === 'currency') currencyTexts.add(currencyKey(part.value));
      }
    }
  };
  for (const tag of [locale, 'en']) {
    collect(tag, { currencyDisplay: 'symbol' }, ['1']);
    collect(tag, { currencyDisplay: 'narrowSymbol' }, ['1']);
  }
  collect(locale, { currencyDisplay: 'name' }, NAME_SAMPLES);
  collect(locale, { currencyDisplay: 'name', trailingZeroDisplay: 'stripIfInteger' }, NAME_SAMPLES);

  const exampleValue = digits === 0 ? '1234567' : `1234567.${'89'.padEnd(digits, '0').slice(0, digits)}`;
  const example = format
    .format(exampleValue as Intl.StringNumericLiteral)
    .replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '');
  return { decimal, group, decimals, groups, currencyTexts, digits, example };
}
