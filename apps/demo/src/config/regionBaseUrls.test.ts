import { afterEach, describe, expect, it, vi } from 'vitest';

import { apiOrigins, regionBaseUrls } from './regionBaseUrls';

afterEach(() => vi.restoreAllMocks());

describe('regionBaseUrls', () => {
  it('defaults to 127.0.0.1 and each region’s dev port', () => {
    const urls = regionBaseUrls(undefined);
    expect(urls['us-east-1']).toBe('http://127.0.0.1:8101');
    expect(urls['me-south-1']).toBe('http://127.0.0.1:8107');
    expect(Object.keys(urls)).toHaveLength(7);
  });

  it('applies overrides and ignores unknown regions or bad URLs', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const urls = regionBaseUrls(
      JSON.stringify({
        'eu-west-1': 'https://eu.example.com/',
        'mars-1': 'http://x',
        'us-west-2': 'ftp://y',
      }),
    );
    expect(urls['eu-west-1']).toBe('https://eu.example.com');
    expect(urls['us-west-2']).toBe('http://127.0.0.1:8102');
  });

  it('ignores malformed JSON', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(regionBaseUrls('{nope')['eu-central-1']).toBe('http://127.0.0.1:8104');
  });
});

describe('apiOrigins', () => {
  it('lists each origin once', () => {
    expect(
      apiOrigins({
        a: 'https://api.example.com/eu',
        b: 'https://api.example.com/us',
        c: 'http://127.0.0.1:8101',
      }),
    ).toEqual(['https://api.example.com', 'http://127.0.0.1:8101']);
  });
});
