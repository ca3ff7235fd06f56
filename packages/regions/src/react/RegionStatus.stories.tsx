import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';

import { getRegion } from '../getRegion';
import type { RegionId } from '../regions';
import type { RegionRouterEvent } from '../routerTypes';
import { createFakeRegionBackend } from '../testing/createFakeRegionBackend';
import type { FakeRegionMode } from '../testing/createFakeRegionBackend';
import { RegionProvider } from './RegionProvider';
import { useRegionRouter } from './useRegionRouter';
import { useRegionStatus } from './useRegionStatus';

/*
 * A usage example: a live status table over an in-memory simulation of the
 * regional API. In an app, drop `fetch` (and the short timings) and the
 * router talks to the real regions.
 */

type Backend = ReturnType<typeof createFakeRegionBackend>;

function StatusTable({ backend }: { backend: Backend }) {
  const { active, zone, enforced, candidates } = useRegionStatus();
  const router = useRegionRouter();
  const [modes, setModes] = useState<Partial<Record<RegionId, FakeRegionMode>>>({});
  const [log, setLog] = useState<string[]>([]);

  // Events are what a demo shows live: failovers, regions going down and up.
  useEffect(
    () =>
      router.subscribe((_status, event: RegionRouterEvent) => {
        if (event.type === 'check') return;
        const line =
          event.type === 'failover'
            ? `failover (${event.reason}): ${event.from ?? 'none'} → ${event.to ?? 'none'}`
            : `${event.type}: ${event.region}`;
        setLog((previous) => [line, ...previous].slice(0, 8));
      }),
    [router],
  );

  const setMode = (id: RegionId, mode: FakeRegionMode) => {
    backend.setMode(id, mode);
    setModes((previous) => ({ ...previous, [id]: mode }));
  };

  const sendRequest = async () => {
    try {
      const response = await router.fetch('/api/pricing');
      setLog((previous) => [`GET /api/pricing → ${response.headers.get('x-region') ?? '?'}`, ...previous]);
    } catch (error) {
      setLog((previous) => [`GET /api/pricing failed: ${(error as Error).message}`, ...previous]);
    }
  };

  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', display: 'grid', gap: 12, maxWidth: 760 }}>
      <p>
        Zone <strong>{zone}</strong> ({enforced ? 'residency enforced' : 'not enforced'}) · active region{' '}
        <strong data-testid="active-region">{active ?? 'none'}</strong>
      </p>
      <table>
        <caption style={{ textAlign: 'start' }}>Candidate regions, in failover order</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">State</th>
            <th scope="col">Failures</th>
            <th scope="col">Latency</th>
            <th scope="col">Simulate</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((region) => (
            <tr key={region.id} data-state={region.state}>
              <th scope="row">
                {region.id} <small>{getRegion(region.id).displayName}</small>
              </th>
              <td>{region.state}</td>
              <td>{region.consecutiveFailures}</td>
              <td>{region.latencyMs === null ? '—' : `${region.latencyMs} ms`}</td>
              <td>
                <button
                  type="button"
                  onClick={() => setMode(region.id, 'down')}
                  aria-pressed={modes[region.id] === 'down'}
                >
                  Take {region.id} down
                </button>{' '}
                <button
                  type="button"
                  onClick={() => setMode(region.id, 'hang')}
                  aria-pressed={modes[region.id] === 'hang'}
                >
                  Make {region.id} time out
                </button>{' '}
                <button
                  type="button"
                  onClick={() => setMode(region.id, 'up')}
                  aria-pressed={(modes[region.id] ?? 'up') === 'up'}
                >
                  Bring {region.id} up
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={() => void sendRequest()}>
          Send GET /api/pricing
        </button>
      </p>
      <ol aria-label="Router events, newest first">
        {log.map((line, index) => (
          <li key={`${index}-${line}`}>{line}</li>
        ))}
      </ol>
    </div>
  );
}

interface DemoProps {
  /** A country or subdivision code, as `jurisdictionFor` accepts. */
  jurisdiction: string;
  /** Health-check interval of the simulation, in ms. */
  intervalMs: number;
  /** Consecutive failures that mark a region down. */
  failureThreshold: number;
}

function RegionStatusDemo({ jurisdiction, intervalMs, failureThreshold }: DemoProps) {
  const [backend] = useState(() => createFakeRegionBackend({ latencyMs: 40 }));
  return (
    // `key` remounts the provider (and so a new router) when the controls change.
    <RegionProvider
      key={`${jurisdiction}-${intervalMs}-${failureThreshold}`}
      options={{ jurisdiction, fetch: backend.fetch, intervalMs, failureThreshold, timeoutMs: 800 }}
    >
      <StatusTable backend={backend} />
    </RegionProvider>
  );
}

const meta = {
  title: 'Regions/RegionProvider',
  component: RegionStatusDemo,
  args: { jurisdiction: 'DE', intervalMs: 1_000, failureThreshold: 2 },
  argTypes: {
    jurisdiction: { control: 'select', options: ['DE', 'FR', 'GB', 'US-CA', 'US-NY', 'JP', 'SG', 'AE'] },
    intervalMs: { control: { type: 'number', min: 200, step: 100 } },
    failureThreshold: { control: { type: 'number', min: 1, step: 1 } },
  },
  // Live latencies and health-check timing: rendered, played and axe-checked, but not screenshotted.
  tags: ['no-screenshot'],
  parameters: {
    docs: {
      description: {
        component:
          'Live region health from `useRegionStatus()`. Take regions down to watch the router fail over inside the residency zone; with both EU regions down, an EU jurisdiction gets `NoHealthyRegionError` instead of leaving the EU.',
      },
    },
  },
} satisfies Meta<typeof RegionStatusDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An EU visitor: candidates are Frankfurt then Ireland, never outside the EU. */
export const EuropeanVisitor: Story = {};

/** A Californian visitor: Oregon first, then N. Virginia. */
export const CalifornianVisitor: Story = { args: { jurisdiction: 'US-CA' } };

/** A Gulf visitor: Bahrain, failing over to Singapore then N. Virginia — never to the EU, whose regions refuse non-EU writes. */
export const GulfVisitor: Story = { args: { jurisdiction: 'AE' } };
