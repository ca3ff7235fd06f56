// `globalkit-locales check` on fixtures (every kind of problem, one at a time) and on the real locales.
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { PSEUDO_LOCALES, SUPPORTED_LOCALES } from '../supportedLocales';
import { GOOD, PACKAGE, REAL_LOCALES, createFixtures, run } from './localeFixtures';
import type { Edit, MutableTree } from './localeFixtures';

const { fixture, variant, cleanup } = createFixtures();
afterAll(cleanup);

describe('globalkit-locales check', () => {
  it('passes a good fixture, printing a summary', () => {
    const { status, output } = fixture().check();
    expect(output).toContain('✓ globalkit-locales check: 7 locales × 2 namespaces');
    expect(status).toBe(0);
  });

  it.each<[string, Edit, string[]]>([
    ['a missing key', (f) => delete f('de', 'common')['save'], ['de/common.json', 'save: missing key']],
    [
      'a missing nested key',
      (f) => delete (f('ja', 'common')['nested'] as Record<string, unknown>)['deep'],
      ['ja/common.json', 'nested.deep: missing key'],
    ],
    ['an extra key', (f) => (f('de', 'common')['typo'] = 'Tippfehler'), ['typo: extra key: not in en-US']],
    [
      'a plural category Japanese does not use',
      (f) => (f('ja', 'regions')['healthy_one'] = '1 個'),
      ['ja/regions.json', 'healthy: plural categories: unexpected _one (Intl.PluralRules("ja") has other)'],
    ],
    [
      'missing Arabic plural categories',
      (f) => {
        delete f('ar', 'regions')['healthy_few'];
        delete f('ar', 'regions')['healthy_two'];
      },
      [
        'healthy: plural categories: missing _two, _few (Intl.PluralRules("ar") has zero, one, two, few, many, other)',
      ],
    ],
    [
      'a renamed placeholder',
      (f) => (f('de', 'common')['hello'] = 'Hallo {{nom}}'),
      ['hello: missing placeholder {{name}}', 'hello: unknown placeholder {{nom}}'],
    ],
    [
      'a lost placeholder in a plural',
      (f) => (f('de', 'regions')['healthy_other'] = 'Regionen sind fehlerfrei'),
      ['healthy_other: missing placeholder {{count}}'],
    ],
    ['an empty value', (f) => (f('de', 'common')['save'] = '  '), ['save: empty value']],
    ['a non-string value', (f) => (f('de', 'common')['save'] = 42), ['save: must be a string, found number']],
    [
      'a value identical to en-US',
      (f) => (f('de', 'common')['hello'] = 'Hello {{name}}'),
      ['hello: identical to en-US ("Hello {{name}}")'],
    ],
    [
      'a missing namespace file',
      (_, tree) => delete tree['ar']?.['common'],
      ['ar/common.json', 'missing file (en-US has common.json)'],
    ],
    [
      'an extra namespace file',
      (f) => (f('de', 'billing')['title'] = 'Rechnung'),
      ['de/billing.json', 'extra file'],
    ],
    [
      'a non-canonical locale folder',
      (_, tree) => (tree['de_AT'] = structuredClone(GOOD['de']) as MutableTree[string]),
      ['"de_AT" is not a canonical BCP 47 locale tag'],
    ],
    [
      'an en-US reference with the wrong plural categories',
      (f) => delete f('en-US', 'regions')['healthy_one'],
      ['en-US/regions.json'],
    ],
  ])('fails on %s, saying where', (_, edit, expected) => {
    const { status, output } = variant(edit).check();
    expect(status).toBe(1);
    for (const text of expected) expect(output).toContain(text);
  });

  it('reports JSON parse errors with the file and line', () => {
    const { dir, check } = fixture();
    writeFileSync(
      join(dir, 'de', 'common.json'),
      '{\n  "save": "Speichern",\n  "hello": "Hallo {{name}}"\n  "nested": {}\n}\n',
    );
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toMatch(/de\/common\.json\n\s+invalid JSON at line 4, column \d+/);
  });

  it('allows identical values listed in locales/.allowlist.json, and en-GB / units always', () => {
    const { dir, check } = variant((f) => (f('de', 'common')['hello'] = 'Hello {{name}}'));
    writeFileSync(join(dir, '.allowlist.json'), JSON.stringify({ identical: { de: ['common:hello'] } }));
    expect(check().status).toBe(0);
    writeFileSync(join(dir, '.allowlist.json'), JSON.stringify({ identical: { '*': ['common:hello'] } }));
    expect(check().status).toBe(0);
    writeFileSync(join(dir, '.allowlist.json'), JSON.stringify({ identical: { fr: ['common:hello'] } }));
    expect(check().status).toBe(1);
  });

  it('fails when the generated modules are stale', () => {
    const { dir, check } = fixture();
    cpSync(join(dir, 'de'), join(dir, 'fr'), { recursive: true });
    writeFileSync(
      join(dir, 'fr', 'common.json'),
      JSON.stringify({ save: 'Enregistrer', hello: 'Bonjour {{name}}', nested: { deep: 'Valeur profonde' } }),
    );
    writeFileSync(
      join(dir, 'fr', 'regions.json'),
      JSON.stringify({
        healthy_one: 'Une région',
        healthy_many: '{{count}} régions',
        healthy_other: '{{count}} régions',
        servedBy: 'Servi depuis {{region}}',
        latency: '{{ms}} ms',
      }),
    );
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toContain('localeLoaders.ts');
    expect(output).toContain('generated module is stale: run `globalkit-locales generate`');
  });

  it('fails when en-US changed but the pseudo-locales were not regenerated', () => {
    const { dir, check } = fixture();
    const file = join(dir, 'en-US', 'common.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Save"', '"Save now"'));
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toContain('en-XA/common.json');
    expect(output).toContain('pseudo-locale is stale');
  });
});

describe('the repository locales', () => {
  it('has exactly the supported locales plus the pseudo-locales', () => {
    const folders = readdirSync(REAL_LOCALES).filter((name) => !name.startsWith('.'));
    expect(folders.sort()).toEqual([...SUPPORTED_LOCALES, ...PSEUDO_LOCALES].sort());
  });

  it('passes `globalkit-locales check` (keys, plurals, placeholders, generated modules current)', () => {
    const namespaces = readdirSync(join(REAL_LOCALES, 'en-US')).filter((file) =>
      file.endsWith('.json'),
    ).length;
    const { status, output } = run(['check']);
    expect(output).toContain(`✓ globalkit-locales check: 16 locales × ${namespaces} namespaces`);
    expect(status).toBe(0);
  });

  it('ships generated modules for the workspace', () => {
    expect(existsSync(join(PACKAGE, 'src/generated/localeLoaders.ts'))).toBe(true);
    expect(existsSync(join(PACKAGE, 'src/generated/resources.ts'))).toBe(true);
  });
});
