import { describe, expect, it, vi } from 'vitest';

const { pluginCalls } = vi.hoisted(() => ({ pluginCalls: [] as string[] }));

// Record what reaches stylis-plugin-rtl (and so cssjanus), then let it work as usual.
vi.mock('stylis-plugin-rtl', async (importOriginal) => {
  const { recordCssjanusRules } = await import('../testing/recordCssjanusRules');
  return recordCssjanusRules(await importOriginal(), pluginCalls);
});

const { prepareRtlStyles } = await import('./prepareRtlStyles');

describe('prepareRtlStyles', () => {
  it('sends one rule through cssjanus, once per page', () => {
    expect(pluginCalls).toEqual([]);
    prepareRtlStyles();
    // The sample must get past rtlPlugin's filter, or the warm-up would do nothing.
    expect(pluginCalls).toContain('.gk-rtl-prepare');
    const afterFirst = pluginCalls.length;
    prepareRtlStyles();
    expect(pluginCalls).toHaveLength(afterFirst);
  });
});
