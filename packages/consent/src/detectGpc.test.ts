import { describe, expect, it } from 'vitest';

import { detectGpc } from './detectGpc';

describe('detectGpc', () => {
  it('reads Sec-GPC exactly', () => {
    expect(detectGpc(new Headers({ 'Sec-GPC': '1' }))).toBe(true);
    expect(detectGpc({ 'sec-gpc': '1' })).toBe(true);
    expect(detectGpc({ 'Sec-GPC': ['1'] })).toBe(true);
    expect(detectGpc({ 'sec-gpc': '0' })).toBe(false);
    expect(detectGpc({})).toBe(false);
    expect(detectGpc()).toBe(false);
  });
});
