import type * as UiRtl from '@globalkit/ui-rtl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { fontsBeforeRender } from './fontsReady';

const loadFontsFor = vi.fn(async (_locale: string) => true);
vi.mock('@globalkit/ui-rtl', async (importOriginal) => ({
  ...(await importOriginal<typeof UiRtl>()),
  loadFontsFor: (locale: string) => loadFontsFor(locale),
}));

const load = vi.fn(async (_font: string, _text?: string) => []);

beforeEach(() => {
  load.mockClear();
  loadFontsFor.mockClear();
  Object.defineProperty(document, 'fonts', { configurable: true, value: { load } });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('fontsBeforeRender', () => {
  it("asks for the regular and bold faces of the locale's first family only, for the sample text", async () => {
    await fontsBeforeRender('ar', 'أطلس Aa0');
    expect(loadFontsFor).toHaveBeenCalledWith('ar');
    // Not the whole stack: FontFaceSet#load would also fetch plain Noto Sans, which Arabic text never uses.
    expect(load.mock.calls).toEqual([
      ['400 16px "Noto Sans Arabic"', 'أطلس Aa0'],
      ['700 16px "Noto Sans Arabic"', 'أطلس Aa0'],
    ]);
  });

  it('uses Noto Sans for Latin-script locales', async () => {
    await fontsBeforeRender('de', 'Preise');
    expect(load.mock.calls.map(([font]) => font)).toEqual(['400 16px "Noto Sans"', '700 16px "Noto Sans"']);
  });

  it('does not ask for faces when the font stylesheets could not be loaded', async () => {
    loadFontsFor.mockResolvedValueOnce(false);
    await fontsBeforeRender('he', 'שלום');
    expect(load).not.toHaveBeenCalled();
  });

  it('gives up waiting after the timeout, so a slow network never holds the first render', async () => {
    vi.useFakeTimers();
    load.mockImplementation(() => new Promise(() => {}));
    const done = vi.fn();
    void fontsBeforeRender('ja', '料金', 1500).then(done);
    await vi.advanceTimersByTimeAsync(1499);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledOnce();
  });
});
