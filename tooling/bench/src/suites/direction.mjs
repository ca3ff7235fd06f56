// Suite 5: ar ↔ en switch of a ~200-component ui-rtl page in headless
// Chromium, against that page's initial mount, plus the style rules emotion
// inserts. Runs in Node directly (playwright); only the page is bundled.
// Functions passed to page.evaluate run in the browser:
/* global CSSStyleSheet, Element, window */

import { chromium } from 'playwright-core';

import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';
import { bundleBrowserPage } from '../bundle.mjs';
import { formatRatio, median } from '../harness.mjs';

/** @typedef {import('../report.mjs').SuiteResult} SuiteResult */
/** @typedef {{ inserted: number, duplicates: number, duplicateExamples: string[] }} RuleStats */
/**
 * What the page (src/browser/directionPage.mjs) and countInsertedRules put on `window`.
 * @typedef {{ __bench: import('../browser/directionPage.mjs').BenchApi, __ruleStats: RuleStats }} BenchWindow
 */

const SWITCHES_PER_PAGE = 8;

/**
 * Installed before the page's script: counts every rule emotion inserts
 * (production emotion uses `insertRule`), keyed by its style tag's
 * `data-emotion` so the LTR and RTL caches are told apart.
 */
function countInsertedRules() {
  /** @type {Map<string, number>} */
  const seen = new Map();
  /** @type {RuleStats} */
  const stats = { inserted: 0, duplicates: 0, duplicateExamples: [] };
  const original = CSSStyleSheet.prototype.insertRule;
  /** @param {string} rule @param {number} [index] */
  CSSStyleSheet.prototype.insertRule = function insertRule(rule, index) {
    const owner =
      this.ownerNode instanceof Element ? (this.ownerNode.getAttribute('data-emotion') ?? '') : '';
    const key = `${owner}|${rule}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    stats.inserted += 1;
    if (count > 1) {
      stats.duplicates += 1;
      if (stats.duplicateExamples.length < 3) stats.duplicateExamples.push(key.slice(0, 120));
    }
    return original.call(this, rule, index);
  };
  /** @type {BenchWindow} */ (/** @type {unknown} */ (globalThis)).__ruleStats = stats;
}

/** @param {{ rounds: number }} options @returns {Promise<SuiteResult & { chromium: string }>} */
export async function run({ rounds }) {
  const script = await bundleBrowserPage();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const pages = Math.max(3, Math.min(rounds, 7));
  /** @type {number[]} */
  const mounts = [];
  /** @type {number[]} */
  const firstAr = [];
  /** @type {number[]} */
  const firstEn = [];
  /** @type {number[]} */
  const repeated = [];
  /** @type {{ mount: number, firstAr: number, firstEn: number, repeated: number, duplicates: number, examples: string[] }[]} */
  const rules = [];
  let components = 0;
  try {
    for (let index = 0; index < pages; index++) {
      // A fresh page per sample: mount is measured once per page, with cold emotion caches.
      const page = await browser.newPage();
      await page.setContent(
        '<!doctype html><html lang="en-US"><head></head><body><div id="root"></div></body></html>',
      );
      // Before the page's script runs, so no insert escapes the count.
      await page.evaluate(countInsertedRules);
      await page.addScriptTag({ content: script, type: 'module' });
      await page.waitForFunction(() =>
        Boolean(/** @type {Partial<BenchWindow>} */ (/** @type {unknown} */ (window)).__bench),
      );
      const inserted = () =>
        page.evaluate(
          () => /** @type {BenchWindow} */ (/** @type {unknown} */ (globalThis)).__ruleStats.inserted,
        );
      mounts.push(
        await page.evaluate(() =>
          /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.mount(),
        ),
      );
      const afterMount = await inserted();
      const before = await page.evaluate(() =>
        /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.state(),
      );
      components = before.components;
      firstAr.push(
        await page.evaluate(() =>
          /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.switchTo('ar'),
        ),
      );
      const arState = await page.evaluate(() =>
        /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.state(),
      );
      if (arState.dir !== 'rtl' || arState.sample === before.sample) {
        throw new Error(
          `direction: the switch to ar did not apply (dir=${arState.dir}, text=${arState.sample})`,
        );
      }
      const afterAr = await inserted();
      firstEn.push(
        await page.evaluate(() =>
          /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.switchTo('en-US'),
        ),
      );
      const afterEn = await inserted();
      for (let step = 0; step < SWITCHES_PER_PAGE; step++) {
        const locale = step % 2 === 0 ? 'ar' : 'en-US';
        repeated.push(
          await page.evaluate(
            (target) => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.switchTo(target),
            locale,
          ),
        );
      }
      const stats = await page.evaluate(
        () => /** @type {BenchWindow} */ (/** @type {unknown} */ (globalThis)).__ruleStats,
      );
      rules.push({
        mount: afterMount,
        firstAr: afterAr - afterMount,
        firstEn: afterEn - afterAr,
        repeated: stats.inserted - afterEn,
        duplicates: stats.duplicates,
        examples: stats.duplicateExamples,
      });
      await page.close();
    }
    const version = browser.version();
    const mount = median(mounts);
    const firstArRatio = median(firstAr) / mount;
    const repeatedRatio = median(repeated) / mount;
    const last = rules[rules.length - 1];
    const repeatedInserts = Math.max(...rules.map((entry) => entry.repeated));
    const duplicates = Math.max(...rules.map((entry) => entry.duplicates));
    const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
    return {
      id: 'direction',
      title: 'Direction switch (headless Chromium)',
      chromium: version,
      method:
        `A production, minified page of ${SECTIONS_NOTE} (${components} interactive elements/icons/tables counted in the DOM) in I18nProvider + GlobalkitProvider with en-US and ar preloaded; ` +
        `${pages} fresh pages, each: mount in en-US, first switch to ar, first back to en-US, then ${SWITCHES_PER_PAGE} more switches. ` +
        'Times run from root.render / setLocale to the last React commit, with layout forced in that commit.',
      rows: [
        {
          name: 'initial mount (en-US)',
          value: ms(mount),
          ratio: formatRatio(1),
          note: `${last.mount} style rules inserted`,
        },
        {
          name: 'first switch en-US → ar',
          value: ms(median(firstAr)),
          ratio: formatRatio(firstArRatio),
          note: `${last.firstAr} new style rules (RTL cache)`,
        },
        {
          name: 'first switch ar → en-US',
          value: ms(median(firstEn)),
          ratio: formatRatio(median(firstEn) / mount),
          note: `${last.firstEn} new style rules`,
        },
        {
          name: 'repeated switches ar ↔ en-US',
          value: ms(median(repeated)),
          ratio: formatRatio(repeatedRatio),
          note: `${repeatedInserts} new style rules over ${SWITCHES_PER_PAGE} switches`,
        },
      ],
      goals: [
        {
          label: 'first switch to ar ≤ initial mount',
          measured: formatRatio(firstArRatio),
          target: '≤ 1.00×',
          pass: firstArRatio <= 1,
        },
        {
          label: 'repeated ar ↔ en switch ≤ initial mount',
          measured: formatRatio(repeatedRatio),
          target: '≤ 1.00×',
          pass: repeatedRatio <= 1,
        },
        {
          label: 'no style rule inserted twice; none after the first ar and en',
          measured: `${duplicates} duplicates, ${repeatedInserts} late inserts`,
          target: '0 and 0',
          pass: duplicates === 0 && repeatedInserts === 0,
        },
      ],
      notes: [
        'Rules are counted by wrapping CSSStyleSheet.prototype.insertRule before the page loads (production emotion inserts that way), per emotion style tag (LTR and RTL caches separately).',
        'Medians over pages for the mount and the first switches; over all repeated switches for the rest. Fonts are not loaded (`loadFonts={false}`), so font loading is not part of any figure.',
        ...(duplicates > 0 ? [`Duplicate inserts, e.g.: ${last.examples.join(' ; ')}`] : []),
      ],
    };
  } finally {
    await browser.close();
  }
}

const SECTIONS_NOTE =
  '10 sections × 21 ui-rtl components (Card, Heading, Text, 3 Buttons, Icons, TextField, Select, Checkbox, Switch, 2 Badges, Link, Alert, Breadcrumbs, Tabs, Table, RadioGroup, Stack)';
