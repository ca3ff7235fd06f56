/// <reference types="@testing-library/jest-dom/vitest" />
// Browser-side negotiation and persistence, in happy-dom (localStorage, cookies, URL, navigator).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import enCommon from '../../../locales/en-US/common.json';
import { createI18n } from './createI18n';
import { detectLocale } from './detectLocale';
import {
  LOCALE_COOKIE_NAME,
  LOCALE_STORAGE_KEY,
  parseLocaleCookie,
  readLocalePreference,
} from './localePreference';

function setBrowser({ url = '/', languages = ['en-US'] }: { url?: string; languages?: string[] }) {
  window.history.replaceState(null, '', url);
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

function clearStorage() {
  localStorage.clear();
  document.cookie = `${LOCALE_COOKIE_NAME}=; Path=/; Max-Age=0`;
}

const storedCookie = () => parseLocaleCookie(document.cookie);

beforeEach(clearStorage);
afterEach(() => {
  vi.restoreAllMocks();
  clearStorage();
  window.history.replaceState(null, '', '/');
});

describe('detectLocale: negotiation order', () => {
  it('browser languages, matched to the fourteen', () => {
    setBrowser({ languages: ['pt-BR', 'en-AU', 'de'] });
    expect(detectLocale()).toBe('en-GB');
  });

  it('the region priority list when no browser language matches, then en-US', () => {
    setBrowser({ languages: ['pt-BR', 'nl'] });
    expect(detectLocale({ region: 'eu-central-1' })).toBe('de');
    expect(detectLocale()).toBe('en-US');
  });

  it('the URL beats browser languages', () => {
    setBrowser({ url: '/pricing?country=DE&lng=ar', languages: ['de'] });
    expect(detectLocale()).toBe('ar');
  });

  it('a malformed URL value is skipped', () => {
    setBrowser({ url: '/?lng=../../etc/passwd', languages: ['ja'] });
    expect(detectLocale()).toBe('ja');
  });

  it('the stored explicit choice beats the URL', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fa');
    setBrowser({ url: '/?lng=ar', languages: ['de'] });
    expect(detectLocale()).toBe('fa');
  });

  it('reads the cookie when localStorage has nothing', () => {
    document.cookie = `${LOCALE_COOKIE_NAME}=ko; Path=/`;
    setBrowser({ languages: ['de'] });
    expect(detectLocale()).toBe('ko');
  });

  it('pseudo-locales: from the URL only when allowed, never from browser languages', () => {
    setBrowser({ url: '/?lng=ar-XB', languages: ['en-XA'] });
    expect(detectLocale({ allowPseudoLocales: true })).toBe('ar-XB');
    expect(detectLocale()).toBe('ar');
    setBrowser({ url: '/', languages: ['en-XA'] });
    expect(detectLocale({ allowPseudoLocales: true })).toBe('en-US');
  });
});

describe('persistence: only an explicit choice is stored', () => {
  it('detection stores nothing (the detector runs with caches: [])', async () => {
    setBrowser({ url: '/?lng=ar', languages: ['de'] });
    const i18n = createI18n({ resources: { ar: { common: enCommon } }, syncDocument: false });
    await i18n.ready;
    expect(i18n.locale).toBe('ar');
    expect(localStorage.length).toBe(0);
    expect(storedCookie()).toBeUndefined();
  });

  it('setLocale stores the matched locale in localStorage and a cookie', async () => {
    setBrowser({ languages: ['de'] });
    const i18n = createI18n({ resources: { de: { common: enCommon }, 'en-GB': { common: enCommon } } });
    await i18n.setLocale('en-AU');
    expect(i18n.locale).toBe('en-GB');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en-GB');
    expect(storedCookie()).toBe('en-GB');
    expect(readLocalePreference()).toBe('en-GB');
    // …and it wins next time, over URL and browser.
    setBrowser({ url: '/?lng=ja', languages: ['ko'] });
    expect(detectLocale()).toBe('en-GB');
  });

  it('can persist to custom names or not at all', async () => {
    setBrowser({ languages: ['de'] });
    const custom = createI18n({
      resources: { fr: { common: enCommon } },
      storageKey: 'app.lang',
      cookieName: false,
    });
    await custom.setLocale('fr');
    expect(localStorage.getItem('app.lang')).toBe('fr');
    expect(storedCookie()).toBeUndefined();
    const none = createI18n({
      resources: { ja: { common: enCommon } },
      storageKey: false,
      cookieName: false,
    });
    await none.setLocale('ja');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });

  it('ignores a corrupt stored preference and overwrites it only on the next explicit choice', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, '"><script>alert(1)</script>');
    setBrowser({ languages: ['he'] });
    const i18n = createI18n({ resources: { he: { common: enCommon }, de: { common: enCommon } } });
    expect(i18n.locale).toBe('he');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('"><script>alert(1)</script>');
    await i18n.setLocale('de');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('de');
  });

  it('tolerates storage that throws (Safari private mode, sandboxed iframes)', async () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(denied);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(denied);
    vi.spyOn(document, 'cookie', 'get').mockImplementation(denied);
    vi.spyOn(document, 'cookie', 'set').mockImplementation(denied);
    setBrowser({ languages: ['it'] });
    const i18n = createI18n({ resources: { it: { common: enCommon }, es: { common: enCommon } } });
    expect(i18n.locale).toBe('it');
    await expect(i18n.setLocale('es')).resolves.toBe('es');
    expect(i18n.locale).toBe('es');
  });
});

describe('<html lang dir>', () => {
  it('is set at creation and follows every locale change; can be turned off', async () => {
    setBrowser({ languages: ['en-US'] });
    const i18n = createI18n({
      locale: 'he',
      resources: { he: { common: enCommon }, ja: { common: enCommon } },
    });
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['he', 'rtl']);
    await i18n.setLocale('ja');
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ja', 'ltr']);

    createI18n({ locale: 'ar', resources: { ar: { common: enCommon } }, syncDocument: false });
    expect(document.documentElement.lang).toBe('ja');
  });
});

describe('parseLocaleCookie', () => {
  it('reads the cookie from a Cookie header, tolerating garbage', () => {
    expect(parseLocaleCookie('a=1; globalkit_locale=de; b=2')).toBe('de');
    expect(parseLocaleCookie('globalkit_locale=en%2DGB')).toBe('en-GB');
    expect(parseLocaleCookie('globalkit_locale=%E0%A4%A')).toBeUndefined();
    expect(parseLocaleCookie('other=de')).toBeUndefined();
    expect(parseLocaleCookie(undefined)).toBeUndefined();
    expect(parseLocaleCookie('x'.repeat(100_000))).toBeUndefined();
  });
});
