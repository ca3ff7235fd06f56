// `globalkit-locales pseudo` and `generate` on a fixture locales folder.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { PSEUDO_LOCALES } from '../supportedLocales';
import { GOOD, createFixtures, run } from './localeFixtures';

const { temp, fixture, cleanup } = createFixtures();
afterAll(cleanup);

describe('globalkit-locales pseudo', () => {
  const { dir } = fixture();
  const read = (locale: string, namespace: string) =>
    JSON.parse(readFileSync(join(dir, locale, `${namespace}.json`), 'utf8')) as Record<string, unknown>;

  it('writes en-XA: accented, ~35% longer, bracketed, placeholders untouched', () => {
    const common = read('en-XA', 'common');
    expect(common['save']).toMatch(/^\[Šáṽé.*\]$/);
    const hello = String(common['hello']);
    expect(hello).toMatch(/^\[Ĥéļļö \{\{name\}\}.*\]$/);
    const nested = String((common['nested'] as Record<string, unknown>)['deep']);
    expect(nested.length / 'Deep value'.length).toBeGreaterThanOrEqual(1.3);
    expect(nested.length / 'Deep value'.length).toBeLessThanOrEqual(1.6);
    const regions = read('en-XA', 'regions');
    expect(Object.keys(regions)).toEqual(['healthy_one', 'healthy_other', 'servedBy', 'latency']);
    expect(regions['servedBy']).toContain('{{region}}');
  });

  it('writes ar-XB: right-to-left, Arabic letters, placeholders untouched, all six Arabic plural forms', () => {
    const regions = read('ar-XB', 'regions');
    const servedBy = String(regions['servedBy']);
    expect(servedBy.startsWith('\u202B') && servedBy.endsWith('\u202C')).toBe(true);
    expect(servedBy).toContain('{{region}}');
    expect(servedBy).not.toMatch(/[A-Za-z](?![^{]*\}\})/); // no Latin letters outside placeholders
    expect(servedBy).toMatch(/\p{Script=Arabic}/u);
    expect(Object.keys(regions).filter((key) => key.startsWith('healthy_'))).toEqual(
      ['zero', 'one', 'two', 'few', 'many', 'other'].map((category) => `healthy_${category}`),
    );
  });

  it('writes exactly the pseudo-locales the package knows', () => {
    expect(readdirSync(dir).filter((name) => name.includes('-X'))).toEqual([...PSEUDO_LOCALES].sort());
  });
});

describe('globalkit-locales generate', () => {
  it('writes a static loader map and the resource type', () => {
    const { out } = fixture();
    const loaders = readFileSync(join(out, 'localeLoaders.ts'), 'utf8');
    expect(loaders).toContain("export const LOCALE_NAMESPACES = ['common', 'regions'] as const;");
    expect(loaders).toContain("  'ar-XB': {\n    common: () => import('../locales/ar-XB/common.json'),");
    expect(loaders.match(/\(\) => import\(/g)).toHaveLength(7 * 2);
    const types = readFileSync(join(out, 'resources.ts'), 'utf8');
    expect(types).toContain("      deep: 'Deep value';");
    expect(types).toContain("    healthy_one: '{{count}} region is healthy';");
  });

  it('needs --out outside the workspace, and explains usage errors', () => {
    const { dir } = fixture(GOOD, { prepare: false });
    expect(run(['generate', '--dir', dir]).status).toBe(2);
    expect(run(['frobnicate']).output).toContain('unknown command "frobnicate"');
    expect(run(['check', '--bogus']).status).toBe(2);
    expect(run(['--help']).status).toBe(0);
    expect(run(['check', '--dir', join(temp, 'nowhere')]).status).not.toBe(0);
  });

  it('finds locales/ by walking up from the current directory', () => {
    const { root, dir } = fixture();
    const deep = join(root, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    const { output } = run(['check'], deep);
    expect(output).toContain(dir);
  });
});
