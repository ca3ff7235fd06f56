import { afterEach, describe, expect, it, vi } from 'vitest';

import { fontLoadersForTesting, loadFontsFor } from './fonts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadFontsFor', () => {
  it('only ever imports Latin plus the locale script (never all CJK at once)', () => {
    // Each script loads exactly its own weights; CJK families stay separate chunks.
    const sources = Object.entries(fontLoadersForTesting).map(([script, loaders]) => [
      script,
      (loaders ?? []).map((load) => load.toString()),
    ]);
    for (const [script, loaders] of sources) {
      // Latin also loads the math operators every non-CJK stack falls back to (≈ before converted prices).
      expect(loaders?.length, String(script)).toBe(script === 'latin' ? 3 : 2);
    }
    expect(String(fontLoadersForTesting.latin[2])).toContain('noto-sans-math/400.css');
    expect(String(fontLoadersForTesting.japanese[0])).toContain('noto-sans-jp');
    expect(String(fontLoadersForTesting.japanese[0])).not.toContain('noto-sans-sc');
  });

  it('resolves (never rejects) and warns once when a peer is missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const original = fontLoadersForTesting.korean;
    const failing = [() => Promise.reject(new Error('Cannot find module')), () => Promise.resolve()];
    (fontLoadersForTesting as Record<string, unknown>).korean = failing;
    try {
      await expect(loadFontsFor('ko')).resolves.toBe(false);
      await expect(loadFontsFor('ko')).resolves.toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/korean/);
    } finally {
      (fontLoadersForTesting as Record<string, unknown>).korean = original;
    }
  });
});
