// Suite 2: reading localized amounts back. Both parsers get the exact
// strings formatMoney produced for the money suite's cases.

import { formatMoney, parseMoney } from '@globalkit/currency';
import { NumberParser } from '@internationalized/number';

import { formatDuration, formatRatio, interleavedRounds, medianRatio } from '../harness.mjs';
import { moneyCases } from './moneyCases.mjs';

/** @typedef {import('../report.mjs').SuiteResult} SuiteResult */

/** @param {{ rounds: number }} options @returns {Promise<SuiteResult>} */
export async function run({ rounds }) {
  /** @type {Map<string, NumberParser>} */
  const parsers = new Map();
  const cases = moneyCases().map((item) => {
    const key = `${item.locale}|${item.currency}`;
    let parser = parsers.get(key);
    if (!parser) {
      // Cached like a React Aria NumberField keeps its parser.
      parser = new NumberParser(item.locale, { style: 'currency', currency: item.currency });
      parsers.set(key, parser);
    }
    return { ...item, text: formatMoney(item.money, item.locale), parser };
  });
  const total = cases.length;

  // Exactness first: parseMoney must return the exact minor units; the
  // alternative's misses are reported, not hidden.
  const parseMoneyWrong = cases.filter((item) => {
    try {
      return parseMoney(item.text, item.locale, item.currency).amount !== item.minor;
    } catch {
      return true;
    }
  });
  if (parseMoneyWrong.length > 0) {
    const first = parseMoneyWrong[0];
    throw new Error(
      `parse: parseMoney misread ${parseMoneyWrong.length} strings, e.g. ${JSON.stringify(first.text)} (${first.locale} ${first.currency})`,
    );
  }
  const parserWrong = cases.filter((item) => {
    const value = item.parser.parse(item.text);
    return !Number.isFinite(value) || BigInt(Math.round(value * 10 ** item.digits)) !== item.minor;
  });
  const wrongExamples = parserWrong
    .slice(0, 3)
    .map(
      (item) =>
        `${item.locale} ${item.currency} ${JSON.stringify(item.text)} → ${item.parser.parse(item.text)}`,
    );

  let sink = 0;
  const names = {
    parseMoney: 'parseMoney (@globalkit/currency)',
    numberParser: 'NumberParser (@internationalized/number), cached',
    smallNumberParser: 'diagnostic: NumberParser, 7 locales × 8 currencies (56 pairs)',
    smallParseMoney: 'diagnostic: parseMoney, same 56 pairs (half the working set)',
  };
  // Same split as the money suite: separates per-call cost from cache misses.
  const small = cases.slice(0, (total / 14) * 7);
  const { samples, medians } = interleavedRounds(
    [
      {
        name: names.numberParser,
        run: () => {
          for (const item of cases) sink += item.parser.parse(item.text);
        },
      },
      {
        name: names.parseMoney,
        run: () => {
          for (const item of cases) sink += Number(parseMoney(item.text, item.locale, item.currency).amount);
        },
      },
      {
        name: names.smallNumberParser,
        run: () => {
          for (const item of small) sink += item.parser.parse(item.text);
        },
      },
      {
        name: names.smallParseMoney,
        run: () => {
          for (const item of small) sink += Number(parseMoney(item.text, item.locale, item.currency).amount);
        },
      },
    ],
    { rounds },
  );
  if (Number.isNaN(sink)) sink = 0;
  const ratio = medianRatio(samples[names.parseMoney], samples[names.numberParser]);
  return {
    id: 'parse',
    title: 'Money parsing',
    method: `One operation parses the ${total} strings formatMoney produced for the money suite; figures are per string, ${rounds} interleaved rounds.`,
    rows: [
      {
        name: names.numberParser,
        value: formatDuration(medians[names.numberParser] / total),
        ratio: formatRatio(1),
        note: `${total - parserWrong.length}/${total} exact`,
      },
      {
        name: names.parseMoney,
        value: formatDuration(medians[names.parseMoney] / total),
        ratio: formatRatio(ratio),
        note: `${total}/${total} exact (bigint minor units)`,
      },
      {
        name: names.smallNumberParser,
        value: formatDuration(medians[names.smallNumberParser] / small.length),
        ratio: formatRatio(1),
        note: 'reference of the diagnostic pair',
      },
      {
        name: names.smallParseMoney,
        value: formatDuration(medians[names.smallParseMoney] / small.length),
        ratio: formatRatio(medianRatio(samples[names.smallParseMoney], samples[names.smallNumberParser])),
        note: 'not a goal: shows the per-call cost without cache misses',
      },
    ],
    goals: [
      {
        label: 'parseMoney not slower than NumberParser, while exact',
        measured: formatRatio(ratio),
        target: '≤ 1.00×',
        pass: ratio <= 1,
      },
    ],
    notes: [
      'NumberParser returns a float in major units; it is counted exact when rounding value × 10^digits gives the expected minor units.',
      ...(parserWrong.length > 0 ? [`NumberParser misreads, e.g.: ${wrongExamples.join('; ')}.`] : []),
      'Both parsers are cached per locale × currency (parseMoney caches its locale symbols internally, grouped by locale; the same 112-pair working set as the money suite).',
    ],
  };
}
