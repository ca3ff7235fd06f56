// The page of the direction suite: ~200 mixed ui-rtl components inside the
// providers an app mounts, with en-US and ar strings preloaded. It exposes
// `window.__bench` so the Node driver can time mount and ar ↔ en switches.
// Plain createElement (no JSX) keeps this file lint-clean without a TS setup.
/* global document, window */

import { createI18n, I18nProvider, useLocale, useNamespaceStrings } from '@globalkit/i18n';
import {
  Alert,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Checkbox,
  GlobalkitProvider,
  Heading,
  Icon,
  ICON_NAMES,
  Link,
  RadioGroup,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextField,
} from '@globalkit/ui-rtl';
import { createElement as h, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';

import arCommon from '../../../../locales/ar/common.json';
import arUi from '../../../../locales/ar/ui.json';
import enCommon from '../../../../locales/en-US/common.json';
import enUi from '../../../../locales/en-US/ui.json';

const SECTIONS = 10;

/** @type {{ locale: string, at: number }[]} */
const commits = [];

/** Records every commit of the tree (after forcing layout, so style and layout work is included). */
function CommitMarker() {
  const { locale } = useLocale();
  useLayoutEffect(() => {
    void document.body.offsetHeight;
    commits.push({ locale, at: performance.now() });
  });
  return null;
}

/** @param {{ index: number }} props */
function Section({ index }) {
  const t = useNamespaceStrings('common', enCommon);
  const icon = (/** @type {number} */ offset) => ICON_NAMES[(index + offset) % ICON_NAMES.length];
  const id = `s${index}`;
  const options = [
    { value: 'a', label: t('action.save') },
    { value: 'b', label: t('action.cancel') },
  ];
  return h(
    Stack,
    { gap: 'md' },
    h(
      Card,
      {
        header: h(Heading, { level: 2 }, `${t('action.learnMore')} ${index + 1}`),
        footer: h(Button, { variant: 'secondary' }, t('action.back')),
      },
      h(Text, { as: 'p' }, t('state.empty')),
      h(Button, { variant: 'primary', iconStart: h(Icon, { name: icon(0) }) }, t('action.continue')),
      h(Button, { variant: 'ghost', iconEnd: h(Icon, { name: icon(1) }) }, t('action.retry')),
      h(TextField, { label: t('action.save'), defaultValue: 'globalkit', name: `${id}-text` }),
      h(Select, { label: t('action.cancel'), options, defaultValue: 'a' }),
      h(Checkbox, { label: t('action.close'), defaultChecked: index % 2 === 0 }),
      h(Switch, { label: t('state.offline'), defaultChecked: index % 2 === 1 }),
      h(Badge, { tone: 'success', children: t('state.loading') }),
      h(Badge, { tone: 'warning', dot: true, children: t('state.error') }),
      h(Link, { href: `#${id}` }, t('action.learnMore')),
      h(Icon, { name: icon(2), label: t('action.close') }),
      h(Icon, { name: icon(3) }),
      h(Alert, { tone: index % 2 === 0 ? 'info' : 'warning', title: t('state.error') }, t('error.timeout')),
      h(Breadcrumbs, {
        items: [
          { label: t('action.back'), href: '#home' },
          { label: t('action.learnMore'), href: '#more' },
          { label: t('action.continue') },
        ],
      }),
    ),
    h(Tabs, {
      label: t('action.learnMore'),
      items: [
        { value: 'one', label: t('action.save'), content: h(Text, null, t('state.empty')) },
        { value: 'two', label: t('action.cancel'), content: h(Text, null, t('state.offline')) },
        { value: 'three', label: t('action.close'), content: h(Text, null, t('state.loading')) },
      ],
    }),
    h(Table, {
      caption: t('action.learnMore'),
      columns: [
        { key: 'name', header: t('action.save') },
        { key: 'state', header: t('action.cancel') },
        { key: 'amount', header: t('action.close'), numeric: true, align: 'end' },
      ],
      rows: [0, 1, 2].map((row) => ({
        name: t('action.retry'),
        state: t('state.loading'),
        amount: 1000 * (row + index),
      })),
    }),
    h(RadioGroup, {
      label: t('action.continue'),
      name: `${id}-radio`,
      defaultValue: 'a',
      options: options.map((option) => ({ value: option.value, label: option.label })),
    }),
  );
}

const i18n = createI18n({
  locale: 'en-US',
  resources: { 'en-US': { common: enCommon, ui: enUi }, ar: { common: arCommon, ui: arUi } },
  namespaces: ['common', 'ui'],
  syncDocument: false,
  storageKey: false,
  cookieName: false,
});

function App() {
  return h(
    I18nProvider,
    { i18n },
    h(
      GlobalkitProvider,
      { loadFonts: false },
      Array.from({ length: SECTIONS }, (_, index) => h(Section, { key: index, index })),
      h(CommitMarker),
    ),
  );
}

/**
 * Resolves with the duration from `started` to the last commit for `locale`,
 * once two frames pass without a further commit (a provider may commit twice).
 * @param {string} locale
 * @param {number} started
 * @param {number} fromCommit
 * @returns {Promise<number>}
 */
function settled(locale, started, fromCommit) {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + 10_000;
    let seen = commits.length;
    let quietFrames = 0;
    const tick = () => {
      const done = commits.slice(fromCommit).filter((commit) => commit.locale === locale);
      if (done.length > 0 && commits.length === seen) quietFrames += 1;
      else quietFrames = 0;
      seen = commits.length;
      if (quietFrames >= 2) {
        resolve(commits[commits.length - 1].at - started);
        return;
      }
      if (performance.now() > deadline) reject(new Error(`no commit for ${locale}`));
      else window.requestAnimationFrame(tick);
    };
    window.requestAnimationFrame(tick);
  });
}

/** @type {import('react-dom/client').Root | undefined} */
let root;

/**
 * @typedef {object} BenchApi
 * @property {() => Promise<number>} mount
 * @property {(locale: string) => Promise<number>} switchTo
 * @property {() => { dir: string | null, components: number, sample: string }} state
 */

/** @type {{ __bench: BenchApi }} */ (/** @type {unknown} */ (window)).__bench = {
  /** Mounts the page in en-US; resolves with ms until the last commit. */
  mount() {
    const container = document.getElementById('root');
    if (!container) throw new Error('no #root');
    const fromCommit = commits.length;
    const started = performance.now();
    root = createRoot(container);
    root.render(h(App));
    return settled('en-US', started, fromCommit);
  },
  /** @param {string} locale @returns {Promise<number>} ms from setLocale to the last commit */
  async switchTo(locale) {
    const fromCommit = commits.length;
    const started = performance.now();
    await i18n.setLocale(locale);
    return settled(locale, started, fromCommit);
  },
  /** What the page shows, so the driver can check the switch really happened. */
  state() {
    const main = document.querySelector('[dir]');
    return {
      dir: main?.getAttribute('dir') ?? null,
      components: document.querySelectorAll(
        'button, input, select, a, svg, table, [role="alert"], [role="status"]',
      ).length,
      sample: document.querySelector('h2')?.textContent ?? '',
    };
  },
};
