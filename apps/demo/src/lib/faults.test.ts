import { describe, expect, it } from 'vitest';

import { faultRequest } from './faults';

describe('faultRequest', () => {
  it('builds the admin requests of the regional API', () => {
    expect(faultRequest('http://127.0.0.1:8103', 'down')).toEqual({
      url: 'http://127.0.0.1:8103/__admin/faults',
      init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"down":true}' },
    });
    expect(faultRequest('http://x', 'slow').init.body).toBe('{"latencyMs":2500}');
    expect(faultRequest('http://x', 'errors').init.body).toBe('{"errorRate":1}');
    expect(faultRequest('http://x', 'restore').init).toEqual({ method: 'DELETE' });
  });
});
