import { describe, expect, it } from 'vitest';

import {
  distinctiveStrings,
  evaluateBudgets,
  formatTable,
  foundStrings,
  initialChunkKeys,
  localeChunksByLocale,
  mergedLocaleModules,
  onDemandModulesIn,
  staticLocaleChunks,
} from '../../scripts/budgetGraph.mjs';
import { localeModule } from './localeChunks.mjs';

const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js', '_shared.js'],
    dynamicImports: ['src/views/Pricing.tsx', '../../locales/de/ui.json'],
  },
  '_react.js': { file: 'assets/react.js', imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
  'src/views/Pricing.tsx': {
    file: 'assets/Pricing.js',
    isDynamicEntry: true,
    imports: ['_shared.js', '_lazyOnly.js'],
  },
  '_lazyOnly.js': { file: 'assets/lazyOnly.js' },
  '../../locales/de/ui.json': {
    file: 'assets/ui-de.js',
    src: '../../locales/de/ui.json',
    isDynamicEntry: true,
  },
  '../../locales/en-US/ui.json': {
    file: 'assets/ui-en.js',
    src: '../../locales/en-US/ui.json',
    isDynamicEntry: true,
  },
};

describe('initialChunkKeys', () => {
  it('follows static imports transitively (cycles included) and never dynamic ones', () => {
    expect(initialChunkKeys(manifest)).toEqual(['_react.js', '_shared.js', 'index.html']);
  });

  it('throws without an entry, and on an import the manifest does not list', () => {
    expect(() => initialChunkKeys({ a: { file: 'a.js' } })).toThrow(/no entry/);
    expect(() => initialChunkKeys({ a: { file: 'a.js', isEntry: true, imports: ['b'] } })).toThrow(/"b"/);
  });
});

describe('locale chunks', () => {
  it('recognises locale JSON paths', () => {
    expect(localeModule('../../locales/en-US/ui.json')).toEqual({ locale: 'en-US', namespace: 'ui' });
    expect(localeModule('apps/demo/locales/ar/demo.json')).toEqual({ locale: 'ar', namespace: 'demo' });
    expect(localeModule('src/views/Pricing.tsx')).toBeUndefined();
  });

  it('flags a locale chunk in the static graph', () => {
    expect(staticLocaleChunks(manifest, initialChunkKeys(manifest))).toEqual([]);
    const bad = {
      ...manifest,
      'index.html': { ...manifest['index.html'], imports: ['../../locales/de/ui.json'] },
    };
    expect(staticLocaleChunks(bad, initialChunkKeys(bad))).toEqual(['../../locales/de/ui.json']);
  });

  it('reports locale modules that were merged into another chunk', () => {
    expect(mergedLocaleModules(manifest, ['en-US/ui.json', 'en-US/pricing.json'])).toEqual([
      'en-US/pricing.json',
    ]);
  });

  it("treats a locale's group chunk (locale-<tag>) as the lazy chunk of all its namespaces", () => {
    const grouped = {
      'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: ['_locale-ar-A.js'] },
      '_locale-ar-A.js': { file: 'assets/locale-ar-A.js', name: 'locale-ar' },
      '_vendor-V.js': { file: 'assets/vendor-V.js', name: 'vendor' },
    };
    expect(mergedLocaleModules(grouped, ['ar/ui.json', 'ar/demo.json', 'de/ui.json'])).toEqual([
      'de/ui.json',
    ]);
    expect(localeChunksByLocale(grouped)).toEqual(new Map([['ar', ['_locale-ar-A.js']]]));
    expect(staticLocaleChunks(grouped, initialChunkKeys(grouped))).toEqual([]);
    const eager = { ...grouped, 'index.html': { ...grouped['index.html'], imports: ['_locale-ar-A.js'] } };
    expect(staticLocaleChunks(eager, initialChunkKeys(eager))).toEqual(['_locale-ar-A.js']);
  });
});

describe('reference strings', () => {
  const json = {
    short: 'Save',
    nested: {
      hint: 'Tax is calculated at checkout from your billing address.',
      quoted: 'Say "hello" to the whole world today',
    },
    interpolated: 'Prices shown in {{currency}} for your region',
    other: 'Use only digits, separators and the currency symbol',
  };

  it('picks long, plain, multi-word values, longest first', () => {
    expect(distinctiveStrings(json, 5)).toEqual([
      'Tax is calculated at checkout from your billing address.',
      'Use only digits, separators and the currency symbol',
    ]);
    expect(distinctiveStrings(json, 1)).toHaveLength(1);
  });

  it('finds which values a bundle contains', () => {
    expect(
      foundStrings(
        'x={hint:`Use only digits, separators and the currency symbol`}',
        distinctiveStrings(json, 5),
      ),
    ).toEqual(['Use only digits, separators and the currency symbol']);
  });
});

describe('evaluateBudgets', () => {
  it('passes within budget and names each failure', () => {
    const ok = evaluateBudgets({
      initialGzipBytes: 100 * 1024,
      limitBytes: 150 * 1024,
      staticLocaleKeys: [],
      inlined: [],
    });
    expect(ok.every((verdict) => verdict.ok)).toBe(true);
    const failed = evaluateBudgets({
      initialGzipBytes: 151 * 1024,
      limitBytes: 150 * 1024,
      staticLocaleKeys: ['../../locales/de/ui.json'],
      inlined: [{ namespace: 'ui', text: 'x' }],
      merged: ['en-US/ui.json'],
      onDemandInitial: ['../../packages/ui-rtl/src/components/Dialog/Dialog.tsx'],
    });
    expect(failed.filter((verdict) => !verdict.ok)).toHaveLength(5);
    expect(failed[4]).toMatchObject({ actual: '../../packages/ui-rtl/src/components/Dialog/Dialog.tsx' });
    expect(failed[0]).toMatchObject({ actual: '151.0 KB', limit: '≤ 150.0 KB' });
  });

  it('finds on-demand modules in the initial chunks’ source maps, once each', () => {
    const pattern = /ui-rtl\/src\/components\/(Dialog|Switch)\//;
    const maps = [
      {
        sources: [
          '../../packages/ui-rtl/src/components/Button/Button.tsx',
          '../../packages/ui-rtl/src/components/Switch/Switch.tsx',
        ],
      },
      { sources: ['../../packages/ui-rtl/src/components/Switch/Switch.tsx'] },
      {},
    ];
    expect(onDemandModulesIn(maps, pattern)).toEqual([
      '../../packages/ui-rtl/src/components/Switch/Switch.tsx',
    ]);
    expect(
      onDemandModulesIn([{ sources: ['../../packages/ui-rtl/src/components/Button/Button.tsx'] }], pattern),
    ).toEqual([]);
  });

  it('formats an aligned table', () => {
    expect(formatTable(['a', 'bb'], [['ccc', 'd']])).toBe('a    bb\n---  --\nccc  d');
  });
});
