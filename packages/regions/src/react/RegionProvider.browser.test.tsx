/// <reference types="@testing-library/jest-dom/vitest" />
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createFakeRegionBackend } from '../testing/createFakeRegionBackend';
import { RegionProvider } from './RegionProvider';
import { useRegionStatus } from './useRegionStatus';

function StatusList() {
  const { active, candidates } = useRegionStatus();
  return (
    <section>
      <output aria-label="active region">{active ?? 'none'}</output>
      <ul aria-label="regions">
        {candidates.map((region) => (
          <li key={region.id} data-state={region.state}>
            {region.id}: {region.state}
          </li>
        ))}
      </ul>
    </section>
  );
}

describe('RegionProvider in Chromium', () => {
  it('shows a region going down, the active region failing over, and recovering', async () => {
    const backend = createFakeRegionBackend({ latencyMs: 5 });
    render(
      <RegionProvider
        options={{
          jurisdiction: 'FR',
          fetch: backend.fetch,
          intervalMs: 50,
          failureThreshold: 2,
          timeoutMs: 200,
        }}
      >
        <StatusList />
      </RegionProvider>,
    );
    const active = screen.getByRole('status', { name: 'active region' });
    expect(active).toHaveTextContent('eu-west-1');
    // Both first checks run concurrently; on a loaded machine either may land first.
    await waitFor(() => {
      expect(screen.getByText('eu-west-1: healthy')).toBeInTheDocument();
      expect(screen.getByText('eu-central-1: healthy')).toHaveAttribute('data-state', 'healthy');
    });

    // A hanging region fails by timeout; two in a row take it down.
    backend.setMode('eu-west-1', 'hang');
    await waitFor(() => expect(screen.getByText('eu-west-1: down')).toBeInTheDocument(), { timeout: 3_000 });
    expect(active).toHaveTextContent('eu-central-1');
    // Residency: nothing was ever sent outside the EU.
    expect(backend.calls.every((call) => call.region.startsWith('eu-'))).toBe(true);

    backend.setMode('eu-west-1', 'up');
    await waitFor(() => expect(screen.getByText('eu-west-1: healthy')).toBeInTheDocument(), {
      timeout: 3_000,
    });
    expect(active).toHaveTextContent('eu-west-1');
  });
});
