// What a user of @globalkit/regions does first: resolve a visitor's
// jurisdiction, then route requests through a health-checked router.
import { REGIONS, createRegionRouter, jurisdictionFor } from '@globalkit/regions';
import { RegionProvider, useRegionStatus } from '@globalkit/regions/react';

import { Result } from '../Result';

// The consumer app has no backend: every region answers its health check.
const router = createRegionRouter({
  jurisdiction: 'DE',
  intervalMs: 60_000,
  fetch: async () => new Response('{"status":"ok"}', { status: 200 }),
});

function Status() {
  const status = useRegionStatus();
  const allChecked = status.candidates.every((c) => c.state !== 'unknown');
  const de = jurisdictionFor('de');
  const ca = jurisdictionFor('US-CA');
  return (
    <Result
      pkg="@globalkit/regions"
      pending={!allChecked}
      expectations={[
        { label: 'regions in catalog', actual: REGIONS.length, expected: 7 },
        {
          label: 'DE home region',
          actual: [de.homeRegion, de.residencyZone],
          expected: ['eu-central-1', 'eu'],
        },
        { label: 'US-CA subdivision', actual: [ca.country, ca.subdivision], expected: ['US', 'US-CA'] },
        {
          label: 'EU router stays in EU',
          actual: status.candidates.map((c) => c.id),
          expected: ['eu-central-1', 'eu-west-1'],
        },
        { label: 'active region after checks', actual: status.active, expected: 'eu-central-1' },
      ]}
    />
  );
}

export function Check() {
  return (
    <RegionProvider router={router}>
      <Status />
    </RegionProvider>
  );
}
