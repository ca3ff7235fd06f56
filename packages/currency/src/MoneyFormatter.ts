import { currencyFormat, type FormatMoneyOptions } from './currencyFormat';
import { formatMoney, formatMoneyToParts } from './formatMoney';
import { minorDigits } from './currencies';
import { type Money, toDecimalString } from './money';
import { parseMoney } from './parseMoney';

/** Where a locale writes the currency relative to the number. */
export interface CurrencyAffix {
  /** The currency as this locale writes it (`"$"`, `"€"`, `"US$"`, `"د.إ."`), bidi marks removed. */
  readonly symbol: string;
  /** `prefix` when it comes first in reading order ($12), `suffix` when after (12 €). */
  readonly position: 'prefix' | 'suffix';
  /**
   * Direction `Intl` lays amounts out in for this locale, from the first
   * strong character or mark of a formatted amount: `rtl` for Arabic and
   * Hebrew (U+200F first), `ltr` for Persian (U+200E first: "‎$۱۲٫۵۰") and
   * every Latin, CJK or Devanagari locale. Put `prefix`/`suffix` in a box
   * of this direction and the symbol lands where the formatted price has it.
   */
  readonly direction: 'ltr' | 'rtl';
}

// First strong character or directional mark decides (Unicode bidi rules P2/P3).
const FIRST_STRONG = /[\u200E\u200F\u061C\p{L}]/u;
const RIGHT_TO_LEFT = /[\u200F\u061C\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Formatting, parsing and symbol placement for one locale and set of
 * display options — the framework-free half of `useMoneyFormatter`.
 * `Intl.NumberFormat` instances are shared through a bounded cache, so
 * creating formatters is cheap; per-currency affixes are cached here.
 */
export class MoneyFormatter {
  readonly #affixes = new Map<string, CurrencyAffix>();
  readonly #amounts = new Map<string, Intl.NumberFormat>();
  #percent: Intl.NumberFormat | undefined;

  constructor(
    /** BCP 47 tag, e.g. `"de"`. */
    readonly locale: string,
    /** Defaults for every call; per-call options override them. */
    readonly options?: FormatMoneyOptions,
  ) {}

  /** {@link formatMoney} in this locale. */
  format(m: Money, options?: FormatMoneyOptions): string {
    return formatMoney(m, this.locale, this.#merge(options));
  }

  /** {@link formatMoneyToParts} in this locale. */
  formatToParts(m: Money, options?: FormatMoneyOptions): Intl.NumberFormatPart[] {
    return formatMoneyToParts(m, this.locale, this.#merge(options));
  }

  /**
   * The amount without its currency, in this locale's digits and grouping
   * (`"1.234,50"` in de, `"۱۲٫۵۰"` in fa), bidi controls removed: what a
   * money input shows next to its symbol. {@link parseMoney} reads it back.
   */
  formatAmount(m: Money): string {
    let format = this.#amounts.get(m.currency);
    if (!format) {
      const digits = minorDigits(m.currency);
      format = new Intl.NumberFormat(this.locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        ...(this.options?.numberingSystem === undefined
          ? {}
          : { numberingSystem: this.options.numberingSystem }),
      });
      this.#amounts.set(m.currency, format);
    }
    return format
      .format(toDecimalString(m) as Intl.StringNumericLiteral)
      .replace(/[\u200E\u200F\u061C]/g, '');
  }

  /** {@link parseMoney} in this locale. */
  parse(text: string, currency: string): Money {
    return parseMoney(text, this.locale, currency);
  }

  /** How this locale writes `currency` next to a number, from `formatToParts`. */
  currencyAffix(currency: string): CurrencyAffix {
    let affix = this.#affixes.get(currency);
    if (!affix) {
      const parts = currencyFormat(this.locale, currency, this.options, 'currencyAffix').formatToParts(1);
      const currencyAt = parts.findIndex((part) => part.type === 'currency');
      const numberAt = parts.findIndex((part) => part.type === 'integer');
      const strong = FIRST_STRONG.exec(parts.map((part) => part.value).join(''))?.[0] ?? '';
      affix = {
        symbol: (parts[currencyAt]?.value ?? currency).replace(/[\u200E\u200F\u061C]/g, '').trim(),
        position: currencyAt >= 0 && currencyAt < numberAt ? 'prefix' : 'suffix',
        direction: RIGHT_TO_LEFT.test(strong) ? 'rtl' : 'ltr',
      };
      this.#affixes.set(currency, affix);
    }
    return affix;
  }

  /** A tax rate (decimal fraction string such as `"0.19"`) as a percentage in this locale: "19%", "19 %", "٪١٩". */
  formatRate(rate: string): string {
    this.#percent ??= new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 3 });
    return this.#percent.format(rate as Intl.StringNumericLiteral);
  }

  #merge(options: FormatMoneyOptions | undefined): FormatMoneyOptions | undefined {
    return options && this.options ? { ...this.options, ...options } : (options ?? this.options);
  }
}
