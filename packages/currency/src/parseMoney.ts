import { assertCurrency, isCurrencyCode } from './currencies';
import { describeInput } from './describeInput';
import { ParseMoneyError, type ParseMoneyErrorReason } from './errors';
import { currencyKey, type LocaleNumberSymbols, localeNumberSymbols } from './localeNumberSymbols';
import { createMoney, type Money } from './money';
import { normalizeAmountText } from './normalizeAmountText';

/** Longest input read; anything longer is not an amount someone typed. */
export const MAX_PARSE_LENGTH = 256;

const DIGIT = /[0-9]/;

/**
 * Reads an amount as people write it in `locale`, exactly, or throws a
 * {@link ParseMoneyError} whose `reason` says why.
 *
 * Accepted: the locale's decimal and grouping separators (from
 * `Intl.NumberFormat#formatToParts`), plus spaces (incl. U+00A0, U+202F)
 * and apostrophes as grouping; lakh grouping (1,00,000); Arabic-Indic
 * (٠-٩), Persian (۰-۹) and Devanagari digits and the Arabic separators ٫ ٬;
 * full-width digits; bidi controls anywhere; `-`, `+`, U+2212 or accounting
 * parentheses; this currency's symbols, code and names in this locale (or
 * English) before or after the number; a trailing decimal separator ("12.").
 * Extra fraction digits are accepted only if they are zeros.
 *
 * Every output of {@link formatMoney} parses back to the same amount, except
 * compact notation, which rounds.
 *
 * @example parseMoney('1.234,56 €', 'de', 'EUR') // 123456n EUR
 * @example parseMoney('۱۲٫۵۰', 'fa', 'USD') // 1250n USD
 * @throws {ParseMoneyError} for text that is not an amount in this locale and currency.
 * @throws {UnknownCurrencyError} / {InvalidArgumentError} for a bad `currency` / `locale`.
 */
export function parseMoney(text: string, locale: string, currency: string): Money {
  const code = assertCurrency(currency, 'parseMoney');
  const symbols = localeNumberSymbols(locale, code);
  const fail = (reason: ParseMoneyErrorReason, found?: string): never => {
    throw createParseError(reason, typeof text === 'string' ? text : '', locale, code, symbols, found);
  };
  if (typeof text !== 'string') fail('notText', typeof text);
  if (text.length > MAX_PARSE_LENGTH) fail('tooLong');
  // NFKC would turn "12²" into "122" and "①" into "1": refuse such digits before normalising.
  const oddDigit = /\p{No}/u.exec(text)?.[0];
  if (oddDigit !== undefined) fail('malformed', oddDigit);

  let rest = normalizeAmountText(text);
  let negative = false;
  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  if (/[()]/.test(rest)) fail('malformed', '(');

  // The number core runs from the first digit (or a decimal separator before
  // one) to the last digit, plus a trailing decimal separator ("12.").
  let start = -1;
  let end = -1;
  for (let index = 0; index < rest.length; index++) {
    const char = rest.charAt(index);
    if (DIGIT.test(char)) {
      if (start < 0) start = index;
      end = index + 1;
    } else if (start < 0 && symbols.decimals.includes(char) && DIGIT.test(rest.charAt(index + 1))) {
      start = index;
    }
  }
  if (end > 0 && symbols.decimals.includes(rest.charAt(end))) end += 1;

  const prefix = start < 0 ? rest : rest.slice(0, start);
  const suffix = start < 0 ? '' : rest.slice(end);
  // A sign sits at either end of an affix ("-$12", "$-12", "12 €-"); hyphens
  // inside a currency name ("US-Dollar") are not signs.
  const signs: string[] = [];
  const residues = [prefix, suffix].map((affix) => {
    let residue = affix.trim();
    const sign = /^[+-]/.test(residue) ? residue.charAt(0) : /[+-]$/.test(residue) ? residue.slice(-1) : '';
    if (sign) {
      signs.push(sign);
      residue = (residue.startsWith(sign) ? residue.slice(1) : residue.slice(0, -1)).trim();
    }
    return residue;
  });
  if (signs.length > 1 || (negative && signs.length > 0)) fail('misplacedSign', signs.join(''));
  if (signs[0] === '-') negative = true;
  for (const residue of residues) {
    if (residue !== '' && !symbols.currencyTexts.has(currencyKey(residue))) {
      fail(/^[\s+-]+$/.test(residue) ? 'misplacedSign' : classifyResidue(residue), residue);
    }
  }
  if (start < 0) fail('empty');

  const { whole, fraction } = readCore(rest.slice(start, end), symbols, fail);
  const digits = symbols.digits;
  if (fraction.length > digits && /[^0]/.test(fraction.slice(digits))) fail('tooManyFractionDigits');
  const minor = BigInt(`${whole || '0'}${fraction.slice(0, digits).padEnd(digits, '0')}`);
  return createMoney(negative ? -minor : minor, code);
}

function readCore(
  core: string,
  symbols: LocaleNumberSymbols,
  fail: (reason: ParseMoneyErrorReason, found?: string) => never,
): { whole: string; fraction: string } {
  let decimalAt = -1;
  let separator = '';
  for (let index = 0; index < core.length; index++) {
    const char = core.charAt(index);
    if (DIGIT.test(char)) continue;
    if (symbols.decimals.includes(char)) {
      if (decimalAt >= 0) fail('multipleDecimalSeparators', char);
      decimalAt = index;
    } else if (symbols.groups.includes(char)) {
      // One grouping character per number, and never after the decimal separator.
      if (decimalAt >= 0 || (separator !== '' && separator !== char)) fail('invalidGrouping', char);
      separator = char;
    } else if (char === '-' || char === '+') {
      fail('misplacedSign', char);
    } else {
      const run = /^[^0-9]+/.exec(core.slice(index))?.[0] ?? char;
      fail(classifyResidue(run), run);
    }
  }
  const integer = decimalAt < 0 ? core : core.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : core.slice(decimalAt + 1);
  if (separator === '') return { whole: integer, fraction };
  const groups = integer.split(separator);
  const [first = '', ...others] = groups;
  const last = others[others.length - 1] ?? '';
  const middle = others.slice(0, -1);
  const western = first.length >= 1 && first.length <= 3 && others.every((group) => group.length === 3);
  // Indian lakh/crore grouping: 12,34,567.
  const indian =
    first.length >= 1 &&
    first.length <= 2 &&
    last.length === 3 &&
    middle.length > 0 &&
    middle.every((group) => group.length === 2);
  if (!western && !indian) fail('invalidGrouping', separator);
  return { whole: groups.join(''), fraction };
}

function classifyResidue(residue: string): ParseMoneyErrorReason {
  if (/\p{Sc}/u.test(residue)) return 'wrongCurrency';
  const word = residue.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (word.length === 3 && isCurrencyCode(word)) return 'wrongCurrency';
  return /\p{L}/u.test(residue) ? 'letters' : 'malformed';
}

function createParseError(
  reason: ParseMoneyErrorReason,
  input: string,
  locale: string,
  currency: string,
  symbols: LocaleNumberSymbols,
  found: string | undefined,
): ParseMoneyError {
  const { decimal, group, digits, example } = symbols;
  const quoted = describeInput(input);
  const separators = `in ${locale} "${decimal}" separates decimals and "${group}" groups digits (${example})`;
  const messages: Record<ParseMoneyErrorReason, string> = {
    notText: `expected a string, got ${found ?? 'something else'}`,
    tooLong: `the input is ${input.length} characters long; amounts are at most ${MAX_PARSE_LENGTH}`,
    empty: `${quoted} contains no amount; expected something like "${example}"`,
    letters: `${quoted} contains ${describeInput(found ?? '')}, which is not a way to write ${currency} in ${locale}; expected something like "${example}"`,
    wrongCurrency: `${quoted} is written in another currency (${describeInput(found ?? '')}); expected ${currency}, like "${example}"`,
    tooManyFractionDigits:
      digits === 0
        ? `${quoted} has a fraction, but ${currency} has no minor unit`
        : `${quoted} has more fraction digits than ${currency} allows (${digits})`,
    multipleDecimalSeparators: `${quoted} has more than one decimal separator; ${separators}`,
    invalidGrouping: `${quoted} has misplaced digit grouping; ${separators}`,
    misplacedSign: `${quoted} has a sign in the wrong place; write one "-" before the amount or wrap it in parentheses`,
    malformed: `${quoted} contains ${describeInput(found ?? '')}, which is not part of an amount; expected something like "${example}"`,
  };
  return new ParseMoneyError(
    reason,
    {
      input,
      locale,
      currency,
      decimal,
      group,
      digits,
      example,
      ...(found === undefined ? {} : { found }),
    },
    `parseMoney: ${messages[reason]}.`,
  );
}
