import { describe, expect, it } from 'vitest';

import { extendLocaleLoaders } from './extendLocaleLoaders';
import { LOCALE_NAMESPACES } from './generated/localeLoaders';

describe('extendLocaleLoaders', () => {
  const shop = () => Promise.resolve({ title: 'Shop' });

  it('adds an app namespace beside every globalkit namespace of that locale', () => {
    const loaders = extendLocaleLoaders({ de: { shop } });
    expect(Object.keys(loaders.de ?? {}).sort()).toEqual([...LOCALE_NAMESPACES, 'shop'].sort());
    expect(loaders.de?.shop).toBe(shop);
    expect(Object.keys(loaders.fr ?? {})).not.toContain('shop');
  });

  it('adds a locale the SDK does not ship with only the app namespaces', () => {
    const loaders = extendLocaleLoaders({ 'pt-BR': { shop } });
    expect(Object.keys(loaders['pt-BR'] ?? {})).toEqual(['shop']);
  });

  it('refuses to shadow a globalkit namespace and names it', () => {
    expect(() => extendLocaleLoaders({ ar: { ui: shop } })).toThrow(
      /namespace "ui" of locale "ar" is one of globalkit's own/,
    );
  });
});
