import { createRegionRouter } from '@globalkit/regions';
import { RegionProvider } from '@globalkit/regions/react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createResourceCache } from '../lib/resourceCache';
import { useApiResource } from './useApiResource';

const isPlan = (value: unknown): value is { plan: string } =>
  typeof value === 'object' && value !== null && typeof (value as { plan?: unknown }).plan === 'string';

/** A router whose answers the test releases; its health checks never start (autoStart off). */
function setup() {
  const answers: Array<(response: Response) => void> = [];
  const router = createRegionRouter({
    jurisdiction: 'DE',
    fetch: () => new Promise<Response>((resolve) => answers.push(resolve)),
  });
  const cache = createResourceCache(router);
  const seen: string[] = [];
  function Plan() {
    const resource = useApiResource('/api/pricing?country=DE', isPlan, cache);
    seen.push(resource.state === 'success' ? resource.data.plan : resource.state);
    return <p data-testid="plan">{seen.at(-1)}</p>;
  }
  const mount = () =>
    render(
      <RegionProvider router={router} autoStart={false}>
        <Plan />
      </RegionProvider>,
    );
  return { cache, answers, seen, mount };
}

describe('useApiResource with the session cache', () => {
  it('renders an answer the boot already has on the first render, and only once', async () => {
    const { cache, answers, seen, mount } = setup();
    const prefetch = cache.get('/api/pricing?country=DE', isPlan);
    answers[0]?.(Response.json({ plan: 'team' }));
    await prefetch;
    mount();
    // The effect still subscribes; the same answer arriving changes nothing.
    await act(async () => {
      await prefetch;
    });
    expect(screen.getByTestId('plan')).toHaveTextContent('team');
    expect(seen).toEqual(['team']);
    expect(answers).toHaveLength(1);
  });

  it('shows the loading state while the shared request is still out, then its answer', async () => {
    const { cache, answers, seen, mount } = setup();
    const prefetch = cache.get('/api/pricing?country=DE', isPlan);
    mount();
    expect(screen.getByTestId('plan')).toHaveTextContent('loading');
    await act(async () => {
      answers[0]?.(Response.json({ plan: 'team' }));
      await prefetch;
    });
    expect(screen.getByTestId('plan')).toHaveTextContent('team');
    expect(seen).toEqual(['loading', 'team']);
    expect(answers).toHaveLength(1);
  });
});
