// Suite 1: formatting money in every locale × currency, against what users
// would otherwise write. One operation = one pass over all cases.

import { formatMoney } from '@globalkit/currency';
import currency from 'currency.js';
import { dinero, toDecimal } from 'dinero.js';
import * as dineroCurrencies from 'dinero.js/currencies';

import { formatDuration, formatRatio, interleavedRounds, medianRatio } from '../harness.mjs';
import { CURRENCIES, LOCALES, moneyCases } from './moneyCases.mjs';

/** @typedef {import('../report.mjs').SuiteResult} SuiteResult */

/**
 * currency.js knows no locales: it takes a symbol, separators and a pattern.
 * We give it the best it can do — those settings read once per locale ×
 * currency from Intl — so its time is comparable; its output still differs
 * where the locale uses other digits (fa) or other spacing rules.
 * @param {string} locale
 * @param {string} code
 * @param {number} digits
 * @returns {import('currency.js').Options}
 */
function currencyJsOptions(locale, code, digits) {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
  /** @param {number} value */
  const pattern = (value) => {
    let text = '';
    let numberDone = false;
    for (const part of format.formatToParts(value)) {
      if (part.type === 'currency') text += '!';
      else if (['integer', 'group', 'decimal', 'fraction'].includes(part.type)) {
        if (!numberDone) text += '#';
        numberDone = true;
      } else text += part.value;
    }
    return text;
  };
  const parts = format.formatToParts(1234567.5);
  return {
    symbol: parts.find((part) => part.type === 'currency')?.value ?? code,
    separator: parts.find((part) => part.type === 'group')?.value ?? '',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    precision: digits,
    fromCents: true,
    // Intl groups hi (en-IN style) as 12,34,567.
    useVedic: /12,34,567/.test(format.format(1234567)),
    pattern: pattern(1),
    negativePattern: pattern(-1),
  };
}

/** @param {{ rounds: number }} options @returns {Promise<SuiteResult>} */
export async function run({ rounds }) {
  const cases = moneyCases();
  /** @type {Map<string, Intl.NumberFormat>} */
  const floorFormats = new Map();
  /** @type {Map<string, import('currency.js').Options>} */
  const currencyJsSettings = new Map();
  const prepared = cases.map((item) => {
    const key = `${item.locale}|${item.currency}`;
    let floor = floorFormats.get(key);
    if (!floor) {
      floor = new Intl.NumberFormat(item.locale, { style: 'currency', currency: item.currency });
      floorFormats.set(key, floor);
    }
    let settings = currencyJsSettings.get(key);
    if (!settings) {
      settings = currencyJsOptions(item.locale, item.currency, item.digits);
      currencyJsSettings.set(key, settings);
    }
    const dineroCurrency = /** @type {Record<string, import('dinero.js').DineroCurrency<number>>} */ (
      /** @type {unknown} */ (dineroCurrencies)
    )[item.currency];
    return {
      ...item,
      floor,
      settings,
      minorNumber: Number(item.minor),
      // Prebuilt like an app holding Dinero objects from its API layer.
      dinero: dinero({ amount: Number(item.minor), currency: dineroCurrency }),
    };
  });

  // A benchmark of wrong output is meaningless: check before timing.
  const mismatches = prepared.filter(
    (item) => formatMoney(item.money, item.locale) !== item.floor.format(item.major),
  );
  if (mismatches.length > 0) {
    const first = mismatches[0];
    throw new Error(
      `money: formatMoney differs from Intl in ${mismatches.length} cases, e.g. ${first.locale} ${first.currency} ${first.minor}: ` +
        `${JSON.stringify(formatMoney(first.money, first.locale))} vs ${JSON.stringify(first.floor.format(first.major))}`,
    );
  }
  /** @param {(item: (typeof prepared)[number]) => string} format */
  const countDifferent = (format) =>
    prepared.filter((item) => format(item) !== item.floor.format(item.major)).length;
  const formatDinero = (/** @type {(typeof prepared)[number]} */ item) =>
    toDecimal(item.dinero, ({ value }) =>
      item.floor.format(/** @type {Intl.StringNumericLiteral} */ (value)),
    );
  const formatCurrencyJs = (/** @type {(typeof prepared)[number]} */ item) =>
    currency(item.minorNumber, item.settings).format();
  const formatToLocale = (/** @type {(typeof prepared)[number]} */ item) =>
    item.major.toLocaleString(item.locale, { style: 'currency', currency: item.currency });
  const dineroDifferent = countDifferent(formatDinero);
  const currencyJsDifferent = countDifferent(formatCurrencyJs);
  const toLocaleDifferent = countDifferent(formatToLocale);

  let sink = 0;
  /** @param {(item: (typeof prepared)[number]) => string} format */
  const pass = (format) => () => {
    for (const item of prepared) sink += format(item).length;
  };
  const names = {
    floor: 'Intl.NumberFormat, cached, fed a Number (floor)',
    formatMoney: 'formatMoney (@globalkit/currency)',
    dinero: 'dinero.js v2 toDecimal + cached Intl.NumberFormat',
    currencyJs: 'currency.js format() with Intl-derived settings',
    toLocale: 'Number#toLocaleString(locale, { style: "currency" })',
    smallFloor: 'diagnostic: floor, 7 locales × 8 currencies (56 formatters)',
    smallFormatMoney: 'diagnostic: formatMoney, same 56 pairs (half the working set)',
  };
  // Diagnostic pair: the first 7 locales × 8 currencies = 56 formatters. When
  // the ratio here and on the full 112-pair set differ, cache misses (not
  // per-call overhead) are to blame — how the 64-entry cache was found.
  const small = prepared.slice(0, (prepared.length / LOCALES.length) * 7);
  /** @param {(item: (typeof prepared)[number]) => string} format */
  const smallPass = (format) => () => {
    for (const item of small) sink += format(item).length;
  };
  const { samples, medians } = interleavedRounds(
    [
      { name: names.floor, run: pass((item) => item.floor.format(item.major)) },
      { name: names.formatMoney, run: pass((item) => formatMoney(item.money, item.locale)) },
      { name: names.smallFloor, run: smallPass((item) => item.floor.format(item.major)) },
      { name: names.smallFormatMoney, run: smallPass((item) => formatMoney(item.money, item.locale)) },
      { name: names.dinero, run: pass(formatDinero) },
      { name: names.currencyJs, run: pass(formatCurrencyJs) },
      { name: names.toLocale, run: pass(formatToLocale) },
    ],
    { rounds },
  );
  if (sink === 0) throw new Error('money: nothing was formatted');

  const perFormat = (/** @type {string} */ name, count = prepared.length) =>
    formatDuration(medians[name] / count);
  const vsFloor = (/** @type {string} */ name) => medianRatio(samples[name], samples[names.floor]);
  const formatMoneyVsFloor = vsFloor(names.formatMoney);
  const dineroVsFormatMoney = medianRatio(samples[names.dinero], samples[names.formatMoney]);
  const total = prepared.length;
  return {
    id: 'money',
    title: 'Money formatting',
    method:
      `One operation formats ${total} amounts (${LOCALES.length} locales × ${CURRENCIES.length} currencies × ` +
      `${total / LOCALES.length / CURRENCIES.length} amounts, incl. JPY/KRW with 0 and BHD with 3 decimals); ` +
      `figures are per amount, ${rounds} interleaved rounds.`,
    rows: [
      { name: names.floor, value: perFormat(names.floor), ratio: formatRatio(1), note: 'reference' },
      {
        name: names.formatMoney,
        value: perFormat(names.formatMoney),
        ratio: formatRatio(formatMoneyVsFloor),
        note: `output identical to the floor in ${total}/${total} cases`,
      },
      {
        name: names.dinero,
        value: perFormat(names.dinero),
        ratio: formatRatio(vsFloor(names.dinero)),
        note: `${total - dineroDifferent}/${total} identical to the floor`,
      },
      {
        name: names.currencyJs,
        value: perFormat(names.currencyJs),
        ratio: formatRatio(vsFloor(names.currencyJs)),
        note: `${total - currencyJsDifferent}/${total} identical to the floor (not locale-aware)`,
      },
      {
        name: names.toLocale,
        value: perFormat(names.toLocale),
        ratio: formatRatio(vsFloor(names.toLocale)),
        note: `${total - toLocaleDifferent}/${total} identical to the floor`,
      },
      {
        name: names.smallFloor,
        value: perFormat(names.smallFloor, small.length),
        ratio: formatRatio(1),
        note: 'reference of the diagnostic pair',
      },
      {
        name: names.smallFormatMoney,
        value: perFormat(names.smallFormatMoney, small.length),
        ratio: formatRatio(medianRatio(samples[names.smallFormatMoney], samples[names.smallFloor])),
        note: 'not a goal: shows the overhead without cache misses',
      },
    ],
    goals: [
      {
        label: 'formatMoney within 1.5× of the cached Intl floor',
        measured: formatRatio(formatMoneyVsFloor),
        target: '≤ 1.50×',
        pass: formatMoneyVsFloor <= 1.5,
      },
      {
        label: 'formatMoney at least 2× faster than dinero.js',
        measured:
          dineroVsFormatMoney >= 1
            ? `${dineroVsFormatMoney.toFixed(2)}× faster`
            : `${(1 / dineroVsFormatMoney).toFixed(2)}× slower`,
        target: '≥ 2.00× faster',
        pass: dineroVsFormatMoney >= 2,
      },
    ],
    notes: [
      'formatMoney takes an exact bigint Money and hands Intl a decimal string; the floor is handed a Number, which is only exact below 2^53 (all amounts here are).',
      'dinero.js objects are built before timing (as an app would hold them); each call is `toDecimal(d, ({ value }) => cachedIntl.format(value))`, the pattern its docs recommend, with the same cached formatter as the floor.',
      'currency.js is not locale-aware: it is given a symbol, separators, lakh grouping and a pattern read once per locale × currency from Intl, then `currency(minorUnits, { fromCents: true, ... }).format()`. It cannot produce Persian digits or Intl’s exact spacing/bidi marks, hence the mismatches.',
      'Number#toLocaleString builds a formatter on every call (no cache), which is what it costs in an app that uses it.',
    ],
  };
}
