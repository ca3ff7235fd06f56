import { describe, expect, it } from 'vitest';

import { routeFor } from './routes';

describe('routeFor', () => {
  it('matches the four pages, with or without a trailing slash', () => {
    expect(routeFor('/')).toBe('home');
    expect(routeFor('/pricing')).toBe('pricing');
    expect(routeFor('/status/')).toBe('status');
    expect(routeFor('/privacy')).toBe('privacy');
  });

  it('sends everything else to not-found', () => {
    expect(routeFor('/pricing/extra')).toBe('notFound');
    expect(routeFor('/PRICING')).toBe('notFound');
    expect(routeFor('')).toBe('notFound');
  });
});
