import { describe, expect, it } from 'vitest';

import { PSEUDO_LOCALES, SUPPORTED_LOCALES } from '@globalkit/i18n';
import { prepareIntlData } from './prepareIntlData';

describe('prepareIntlData', () => {
  it('prepares every locale the demo can boot in', () => {
    for (const locale of [...SUPPORTED_LOCALES, ...PSEUDO_LOCALES])
      expect(prepareIntlData(locale), locale).toBe(true);
  });

  it('does not throw for a tag the engine rejects, so boot goes on', () => {
    expect(prepareIntlData('not a locale')).toBe(false);
  });
});
