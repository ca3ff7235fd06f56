import { describe, expect, it } from 'vitest';

import { localeChunkName, localeModule, localeOfChunk } from './localeChunks.mjs';

describe('locale chunks', () => {
  it('groups every namespace of a locale, the SDK and the app alike, into locale-<tag>', () => {
    expect(localeChunkName('/repo/locales/ar/common.json')).toBe('locale-ar');
    expect(localeChunkName('/repo/apps/demo/locales/ar/demo.json')).toBe('locale-ar');
    expect(localeChunkName('C:\\repo\\locales\\en-US\\ui.json')).toBe('locale-en-US');
  });

  it('leaves every other module to the bundler', () => {
    expect(localeChunkName('/repo/apps/demo/src/views/PricingView.tsx')).toBeNull();
    expect(localeChunkName('/repo/locales/README.md')).toBeNull();
    expect(localeChunkName('/repo/locales/ar.json')).toBeNull();
    expect(localeModule('/repo/locales/ar/common.json')).toEqual({ locale: 'ar', namespace: 'common' });
  });

  it('reads the locale of a built chunk from its JSON source or its group name', () => {
    expect(localeOfChunk('../../locales/de/ui.json', { src: '../../locales/de/ui.json' })).toBe('de');
    expect(localeOfChunk('_locale-he-X.js', { name: 'locale-he' })).toBe('he');
    expect(localeOfChunk('_vendor-X.js', { name: 'vendor' })).toBeUndefined();
    expect(localeOfChunk('_vendor-X.js', undefined)).toBeUndefined();
  });
});
