import { afterEach, describe, expect, it, vi } from 'vitest';

import deCommon from '../../../locales/de/common.json';
import enCommon from '../../../locales/en-US/common.json';
import { createI18n } from './createI18n';
import type { GlobalkitI18n } from './createI18n';
import type { LocaleLoaders } from './createLocaleBackend';
import { localeLoaders } from './generated/localeLoaders';

/** Wraps loaders so a test can see exactly which locale/namespace files were loaded. */
function counting(source: LocaleLoaders): { loaders: LocaleLoaders; loaded: string[] } {
  const loaded: string[] = [];
  const loaders = Object.fromEntries(
    Object.entries(source).map(([locale, namespaces]) => [
      locale,
      Object.fromEntries(
        Object.entries(namespaces ?? {}).map(([namespace, load]) => [
          namespace,
          () => {
            loaded.push(`${locale}/${namespace}`);
            return load();
          },
        ]),
      ),
    ]),
  );
  return { loaders, loaded };
}

/** In-memory loaders: `{ locale: { namespace: json } }`. */
function memory(data: Record<string, Record<string, object>>) {
  return counting(
    Object.fromEntries(
      Object.entries(data).map(([locale, namespaces]) => [
        locale,
        Object.fromEntries(
          Object.entries(namespaces).map(([namespace, json]) => [
            namespace,
            () => Promise.resolve({ default: json }),
          ]),
        ),
      ]),
    ),
  );
}

const FIXTURE = {
  'en-US': {
    common: {
      hello: 'Hello',
      greet: 'Hi {{name}}',
      items_one: '{{count}} item',
      items_other: '{{count}} items',
    },
    extra: { title: 'Extra' },
  },
  de: { common: { hello: 'Hallo' }, extra: { title: 'Extra-DE' } },
};

/** Keys here are fixture keys, not the typed en-US ones. */
const looseT = (i18n: GlobalkitI18n) => i18n.t as unknown as (key: string, options?: object) => string;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createI18n: lazy loading', () => {
  it('loads only the active locale, one namespace at a time, one chunk per switch', async () => {
    const { loaders, loaded } = counting(localeLoaders);
    const i18n = createI18n({ locale: 'de', loaders, mode: 'production' });
    expect(i18n.isReady()).toBe(false);
    await i18n.ready;
    expect(i18n.isReady()).toBe(true);
    expect(loaded).toEqual(['de/common']);
    expect(i18n.t('action.retry')).toBe(deCommon.action.retry);

    await expect(i18n.setLocale('ar')).resolves.toBe('ar');
    await expect(i18n.setLocale('ja-JP')).resolves.toBe('ja');
    expect(loaded).toEqual(['de/common', 'ar/common', 'ja/common']);
    expect([i18n.locale, i18n.direction]).toEqual(['ja', 'ltr']);
  });

  it('loads a namespace on first use and re-renders from the store', async () => {
    const { loaders, loaded } = memory(FIXTURE);
    const i18n = createI18n({ locale: 'de', loaders, mode: 'development' });
    await i18n.ready;
    const added = vi.fn();
    i18n.i18next.store.on('added', added);
    expect(looseT(i18n)('extra:title')).toBe(''); // still loading: blank, never the raw key
    await settle();
    expect(added).toHaveBeenCalledWith('de', 'extra', { title: 'Extra-DE' });
    expect(looseT(i18n)('extra:title')).toBe('Extra-DE');
    expect(loaded).toEqual(['de/common', 'de/extra']);
  });

  it('uses preloaded resources synchronously and loads nothing they cover', () => {
    const { loaders, loaded } = memory(FIXTURE);
    const i18n = createI18n({ locale: 'de', loaders, resources: { de: FIXTURE.de } });
    expect(i18n.isReady()).toBe(true);
    expect(looseT(i18n)('hello')).toBe('Hallo');
    expect(loaded).toEqual([]);
  });

  it('notifies subscribers when the locale changes', async () => {
    const i18n = createI18n({
      locale: 'en-US',
      resources: { 'en-US': { common: enCommon }, de: { common: deCommon } },
    });
    const listener = vi.fn();
    const unsubscribe = i18n.subscribe(listener);
    await i18n.setLocale('de');
    expect(listener).toHaveBeenCalled();
    unsubscribe();
    listener.mockClear();
    await i18n.setLocale('en-US');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('createI18n: bad input', () => {
  it('ignores an unusable setLocale and never fetches an arbitrary path', async () => {
    const { loaders, loaded } = memory(FIXTURE);
    const i18n = createI18n({ locale: 'de', loaders });
    await i18n.ready;
    for (const input of ['../../etc/passwd', '', 'x'.repeat(10_000), 'pt', 42 as unknown as string]) {
      await expect(i18n.setLocale(input)).resolves.toBe('de');
    }
    expect(loaded).toEqual(['de/common']);
  });

  it('on a server (no window) without a locale, negotiates from the region alone', () => {
    expect(createI18n({ region: 'me-south-1', resources: { ar: FIXTURE.de } }).locale).toBe('ar');
    expect(createI18n({ resources: { 'en-US': FIXTURE['en-US'] } }).locale).toBe('en-US');
  });

  it('negotiates from the region when the given locale is unusable', () => {
    const i18n = createI18n({ locale: 'klingon', region: 'eu-central-1', resources: { de: FIXTURE.de } });
    expect(i18n.locale).toBe('de');
  });

  it('takes a pseudo-locale from code in any mode, from setLocale only when allowed', async () => {
    const resources = { 'ar-XB': { common: {} }, 'en-XA': { common: {} }, 'en-US': { common: {} } };
    const production = createI18n({ locale: 'ar-XB', mode: 'production', resources });
    expect([production.locale, production.direction]).toEqual(['ar-XB', 'rtl']);
    await expect(production.setLocale('en-XA')).resolves.toBe('en-US'); // the language, not the pseudo-locale
    const development = createI18n({ locale: 'ar-XB', mode: 'development', resources });
    await expect(development.setLocale('en-XA')).resolves.toBe('en-XA');
    const allowed = createI18n({ locale: 'ar', mode: 'production', allowPseudoLocales: true, resources });
    await expect(allowed.setLocale('en-XA')).resolves.toBe('en-XA');
  });

  it('survives a locale whose strings fail to load: production falls back to en-US', async () => {
    const { loaders } = memory({ 'en-US': FIXTURE['en-US'] });
    const i18n = createI18n({ locale: 'fr', loaders, mode: 'production' });
    await i18n.ready;
    expect(i18n.locale).toBe('fr');
    looseT(i18n)('hello');
    await settle();
    expect(looseT(i18n)('hello')).toBe('Hello');
  });
});

describe('createI18n: missing keys', () => {
  it('production: shows the en-US string, loading en-US only when a key is missing', async () => {
    const { loaders, loaded } = memory(FIXTURE);
    const onMissingKey = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const i18n = createI18n({ locale: 'de', loaders, mode: 'production', onMissingKey });
    await i18n.ready;
    const t = looseT(i18n);
    expect(t('hello')).toBe('Hallo');
    expect(loaded).toEqual(['de/common']); // no fallback fetched while nothing is missing

    expect(t('greet', { name: 'Ada' })).toBe(''); // en-US on its way: blank, not the key
    await settle();
    expect(loaded).toEqual(['de/common', 'en-US/common']);
    expect(t('greet', { name: 'Ada' })).toBe('Hi Ada');
    expect(t('items', { count: 1 })).toBe('1 item');
    expect(t('items', { count: 5 })).toBe('5 items');
    expect(onMissingKey).toHaveBeenCalledWith('de', 'common', 'greet');
    expect(onMissingKey).toHaveBeenCalledWith('de', 'common', 'items');
    expect(onMissingKey.mock.calls.filter(([, , key]) => key === 'greet')).toHaveLength(1); // once per key
    expect(warn).not.toHaveBeenCalled();
  });

  it('production: a key missing from en-US too shows the key, not a blank', async () => {
    const { loaders } = memory(FIXTURE);
    const i18n = createI18n({ locale: 'en-US', loaders, mode: 'production' });
    await i18n.ready;
    expect(looseT(i18n)('nope')).toBe('nope');
  });

  it('development: a visible, logged marker, reported once', async () => {
    const { loaders, loaded } = memory(FIXTURE);
    const onMissingKey = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const i18n = createI18n({ locale: 'de', loaders, mode: 'development', onMissingKey });
    await i18n.ready;
    const t = looseT(i18n);
    expect(t('greet', { name: 'Ada' })).toBe('⟦common:greet⟧');
    expect(t('greet')).toBe('⟦common:greet⟧');
    expect(t('unknownNamespace:key')).toBe('⟦unknownNamespace:key⟧');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toContain('common:greet');
    expect(onMissingKey.mock.calls).toEqual([
      ['de', 'common', 'greet'],
      ['de', 'unknownNamespace', 'key'],
    ]);
    expect(loaded).toEqual(['de/common']); // development never fetches the fallback
  });

  it('respects a defaultValue and survives a throwing reporter', async () => {
    const { loaders } = memory(FIXTURE);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const i18n = createI18n({
      locale: 'de',
      loaders,
      mode: 'production',
      onMissingKey: () => {
        throw new Error('reporter down');
      },
    });
    await i18n.ready;
    expect(looseT(i18n)('greet', { defaultValue: 'Servus {{name}}', name: 'Ada' })).toBe('Servus Ada');
    expect(console.error).toHaveBeenCalled();
  });
});
