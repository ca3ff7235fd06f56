/// <reference types="@testing-library/jest-dom/vitest" />
import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { createRegionRouter } from '../createRegionRouter';
import type { RegionRouterTimers } from '../routerTypes';
import { createFakeRegionBackend } from '../testing/createFakeRegionBackend';
import { RegionProvider } from './RegionProvider';
import { useActiveRegion } from './useActiveRegion';
import { useRegionRouter } from './useRegionRouter';
import { useRegionStatus } from './useRegionStatus';

function StatusList() {
  const status = useRegionStatus();
  return (
    <div>
      <p data-testid="active">{status.active ?? 'none'}</p>
      <ul>
        {status.candidates.map((region) => (
          <li key={region.id} data-testid={region.id} data-state={region.state}>
            {region.id}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Timers the test can inspect, so we can prove the provider stops its router. */
function recordingTimers() {
  const pending = new Set<number>();
  let next = 0;
  const timers: RegionRouterTimers = {
    setTimeout: () => {
      next += 1;
      pending.add(next);
      return next;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  return { timers, pending };
}

describe('useRegionStatus / useActiveRegion / useRegionRouter', () => {
  it('throws a clear error outside <RegionProvider>', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<StatusList />)).toThrowError(
      /^useRegionStatus\(\) must be used inside <RegionProvider>\. Wrap the component tree/,
    );
    function UsesRouter() {
      useRegionRouter();
      return null;
    }
    expect(() => render(<UsesRouter />)).toThrowError(
      /^useRegionRouter\(\) must be used inside <RegionProvider>/,
    );
    function UsesActive() {
      useActiveRegion();
      return null;
    }
    expect(() => render(<UsesActive />)).toThrowError(
      /^useActiveRegion\(\) must be used inside <RegionProvider>/,
    );
    consoleError.mockRestore();
  });

  it('re-renders when a region goes down and the active region changes', async () => {
    const backend = createFakeRegionBackend();
    const router = createRegionRouter({ jurisdiction: 'DE', fetch: backend.fetch, failureThreshold: 1 });
    render(
      <RegionProvider router={router} autoStart={false}>
        <StatusList />
      </RegionProvider>,
    );
    expect(screen.getByTestId('active')).toHaveTextContent('eu-central-1');
    expect(screen.getByTestId('eu-central-1')).toHaveAttribute('data-state', 'unknown');

    backend.setMode('eu-central-1', 'error');
    await act(() => router.fetch('/api/pricing', { method: 'POST' }));
    expect(screen.getByTestId('eu-central-1')).toHaveAttribute('data-state', 'down');
    expect(screen.getByTestId('active')).toHaveTextContent('eu-west-1');
  });

  it('gives children the same router instance it was passed', () => {
    const router = createRegionRouter();
    function Probe() {
      return <p data-testid="same">{String(useRegionRouter() === router)}</p>;
    }
    render(
      <RegionProvider router={router} autoStart={false}>
        <Probe />
      </RegionProvider>,
    );
    expect(screen.getByTestId('same')).toHaveTextContent('true');
  });

  it('starts a router it creates on mount and stops it on unmount, also under StrictMode', async () => {
    const backend = createFakeRegionBackend();
    const { timers, pending } = recordingTimers();
    const { unmount } = render(
      <StrictMode>
        <RegionProvider options={{ jurisdiction: 'JP', fetch: backend.fetch, timers }}>
          <StatusList />
        </RegionProvider>
      </StrictMode>,
    );
    await waitFor(() =>
      expect(screen.getByTestId('ap-northeast-1')).toHaveAttribute('data-state', 'healthy'),
    );
    // StrictMode's extra mount/unmount must leave exactly one poll timer per candidate.
    expect(pending.size).toBe(2);
    unmount();
    expect(pending.size).toBe(0);
  });

  it('starts but never stops a router it was given', async () => {
    const backend = createFakeRegionBackend();
    const { timers, pending } = recordingTimers();
    const router = createRegionRouter({ regions: ['us-west-2'], fetch: backend.fetch, timers });
    const { unmount } = render(
      <RegionProvider router={router}>
        <StatusList />
      </RegionProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('us-west-2')).toHaveAttribute('data-state', 'healthy'));
    unmount();
    expect(pending.size).toBe(1);
    router.stop();
    expect(pending.size).toBe(0);
  });

  it('useActiveRegion re-renders on a failover but not on the health checks around it', async () => {
    const backend = createFakeRegionBackend();
    const router = createRegionRouter({ jurisdiction: 'DE', fetch: backend.fetch, failureThreshold: 1 });
    const seen: Array<string | null> = [];
    function Active() {
      const active = useActiveRegion();
      seen.push(active);
      return <p data-testid="serving">{active ?? 'none'}</p>;
    }
    render(
      <RegionProvider router={router}>
        <Active />
        <StatusList />
      </RegionProvider>,
    );
    // Both candidates' first checks land (two status changes) without a render of <Active>.
    await waitFor(() => expect(screen.getByTestId('eu-west-1')).toHaveAttribute('data-state', 'healthy'));
    await waitFor(() => expect(screen.getByTestId('eu-central-1')).toHaveAttribute('data-state', 'healthy'));
    expect(seen).toEqual(['eu-central-1']);

    backend.setMode('eu-central-1', 'error');
    await act(() => router.fetch('/api/pricing', { method: 'POST' }));
    expect(screen.getByTestId('serving')).toHaveTextContent('eu-west-1');
    expect(seen).toEqual(['eu-central-1', 'eu-west-1']);
    router.stop();
  });
});
