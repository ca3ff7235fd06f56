import type { Middleware } from 'stylis';
import { describe, expect, it, vi } from 'vitest';

const { pluginCalls } = vi.hoisted(() => ({ pluginCalls: [] as string[] }));

// Record what reaches stylis-plugin-rtl (and so cssjanus), then let it work as usual.
vi.mock('stylis-plugin-rtl', async (importOriginal) => {
  const actual = await importOriginal<{ default: Middleware }>();
  const plugin: Middleware = (element, ...rest) => {
    pluginCalls.push(String(element.value));
    return actual.default(element, ...rest);
  };
  return { default: plugin };
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
