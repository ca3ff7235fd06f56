import { describe, expect, it } from 'vitest';

import { displayStateOf } from './regionHealth';

describe('displayStateOf', () => {
  it('maps the router’s states and flags slow or failing regions as degraded', () => {
    expect(displayStateOf({ state: 'unknown', consecutiveFailures: 0, latencyMs: null })).toBe('unknown');
    expect(displayStateOf({ state: 'healthy', consecutiveFailures: 0, latencyMs: 4 })).toBe('up');
    expect(displayStateOf({ state: 'healthy', consecutiveFailures: 0, latencyMs: 2500 })).toBe('degraded');
    expect(displayStateOf({ state: 'healthy', consecutiveFailures: 1, latencyMs: null })).toBe('degraded');
    expect(displayStateOf({ state: 'unknown', consecutiveFailures: 2, latencyMs: null })).toBe('degraded');
    expect(displayStateOf({ state: 'down', consecutiveFailures: 3, latencyMs: null })).toBe('down');
  });
});
