// Suite 3: the cost of translating through @globalkit/i18n instead of a bare
// i18next instance holding the same German strings.

import { createI18n } from '@globalkit/i18n';
import i18next from 'i18next';

import common from '../../../../locales/de/common.json';
import consent from '../../../../locales/de/consent.json';
import health from '../../../../locales/de/health.json';
import pricing from '../../../../locales/de/pricing.json';
import regions from '../../../../locales/de/regions.json';
import ui from '../../../../locales/de/ui.json';
import { formatDuration, formatRatio, interleavedRounds, medianRatio } from '../harness.mjs';

/** @typedef {import('../report.mjs').SuiteResult} SuiteResult */
/** @typedef {{ key: string, options: import('i18next').TOptions, kind: 'plain' | 'interpolation' | 'plural' }} Call */

const NAMESPACES = { common, consent, health, pricing, regions, ui };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Flattens one namespace into `ns:dotted.key` calls with the options each
 * string needs (`count` for plurals, a value for every `{{placeholder}}`).
 * @param {string} ns
 * @param {unknown} node
 * @param {string} prefix
 * @param {Map<string, Call>} calls
 */
function collect(ns, node, prefix, calls) {
  if (typeof node === 'string') {
    const plural = PLURAL_SUFFIX.test(prefix);
    const key = `${ns}:${prefix.replace(PLURAL_SUFFIX, '')}`;
    const placeholders = [...node.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]);
    /** @type {import('i18next').TOptions} */
    const options = Object.fromEntries(placeholders.map((name) => [name, name === 'count' ? 3 : 'Wert']));
    if (plural) options.count = 3;
    const kind = plural ? 'plural' : placeholders.length > 0 ? 'interpolation' : 'plain';
    if (!calls.has(key)) calls.set(key, { key, options, kind });
    return;
  }
  if (node && typeof node === 'object') {
    for (const [name, child] of Object.entries(node))
      collect(ns, child, prefix ? `${prefix}.${name}` : name, calls);
  }
}

/**
 * Every k-th key of each kind, so the mix is fixed and spread over all namespaces.
 * @param {readonly Call[]} calls
 * @param {Call['kind']} kind
 * @param {number} wanted
 */
function sample(calls, kind, wanted) {
  const ofKind = calls.filter((call) => call.kind === kind);
  const step = Math.max(1, Math.floor(ofKind.length / wanted));
  return ofKind.filter((_, index) => index % step === 0).slice(0, wanted);
}

/** @param {{ rounds: number }} options @returns {Promise<SuiteResult>} */
export async function run({ rounds }) {
  const resources = { de: NAMESPACES };
  const namespaces = Object.keys(NAMESPACES);
  const globalkit = createI18n({
    locale: 'de',
    resources,
    namespaces,
    syncDocument: false,
    storageKey: false,
    cookieName: false,
  });
  const bare = i18next.createInstance();
  // The same strings and the escaping choice globalkit makes (React escapes),
  // so the two differ only by what globalkit adds.
  await bare.init({
    lng: 'de',
    resources,
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  await globalkit.ready;

  /** @type {Map<string, Call>} */
  const all = new Map();
  for (const [ns, json] of Object.entries(NAMESPACES)) collect(ns, json, '', all);
  const list = [...all.values()];
  const plurals = sample(list, 'plural', 20);
  const calls = [
    ...sample(list, 'plain', 40),
    ...sample(list, 'interpolation', 30),
    ...plurals,
    ...plurals.map((call) => ({ ...call, options: { ...call.options, count: 1 } })),
  ];
  const counts = { plain: 0, interpolation: 0, plural: 0 };
  for (const call of calls) counts[call.kind] += 1;

  const different = calls.filter(
    (call) => String(globalkit.t(call.key, call.options)) !== String(bare.t(call.key, call.options)),
  );
  if (different.length > 0) {
    throw new Error(`i18n: the two instances disagree on ${different.map((call) => call.key).join(', ')}`);
  }
  const untranslated = calls.filter(
    (call) => String(bare.t(call.key, call.options)) === call.key.split(':')[1],
  );
  if (untranslated.length > 0) {
    throw new Error(`i18n: keys missing from locales/de: ${untranslated.map((call) => call.key).join(', ')}`);
  }

  let sink = 0;
  const names = { bare: 'bare i18next t()', globalkit: '@globalkit/i18n t()' };
  const { samples, medians } = interleavedRounds(
    [
      {
        name: names.bare,
        run: () => {
          for (const call of calls) sink += String(bare.t(call.key, call.options)).length;
        },
      },
      {
        name: names.globalkit,
        run: () => {
          for (const call of calls) sink += String(globalkit.t(call.key, call.options)).length;
        },
      },
    ],
    { rounds },
  );
  if (sink === 0) throw new Error('i18n: nothing was translated');
  const ratio = medianRatio(samples[names.globalkit], samples[names.bare]);
  return {
    id: 'i18n',
    title: 'Translation',
    method:
      `One operation makes ${calls.length} t() calls on the real locales/de strings (${counts.plain} plain, ` +
      `${counts.interpolation} with interpolation, ${counts.plural} plurals with count 1 and 3); figures are per call, ${rounds} interleaved rounds.`,
    rows: [
      {
        name: names.bare,
        value: formatDuration(medians[names.bare] / calls.length),
        ratio: formatRatio(1),
        note: 'reference',
      },
      {
        name: names.globalkit,
        value: formatDuration(medians[names.globalkit] / calls.length),
        ratio: formatRatio(ratio),
        note: `same output for ${calls.length}/${calls.length} calls`,
      },
    ],
    goals: [
      {
        label: '@globalkit/i18n t() overhead over bare i18next',
        measured: `${((ratio - 1) * 100).toFixed(1)}%`,
        target: '≤ 10%',
        pass: ratio <= 1.1,
      },
    ],
    notes: [
      'Both instances hold the same six German namespaces and disable escaping (globalkit does, because React escapes); keys are namespaced (`pricing:…`).',
      'globalkit is created with `syncDocument: false, storageKey: false, cookieName: false` (no DOM in Node).',
    ],
  };
}
