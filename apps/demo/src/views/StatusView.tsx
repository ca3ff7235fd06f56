import { REGION_IDS } from '@globalkit/regions';
import { RegionProvider, useRegionStatus } from '@globalkit/regions/react';
import { useLocale } from '@globalkit/i18n';
import { Alert, Heading, Stack, Text } from '@globalkit/ui-rtl';
import { useState } from 'react';
import type { ReactNode } from 'react';

import { FailoverLogList } from '../components/status/FailoverLogList';
import { FaultControls } from '../components/status/FaultControls';
import { RegionHealthTable } from '../components/status/RegionHealthTable';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useDemoStrings, useHealthStrings, useRegionStrings } from '../i18n/strings';
import { useSession } from '../session/SessionContext';

/** Interval in the largest whole unit: "500 milliseconds", "5 seconds". */
function formatInterval(ms: number, locale: string): string {
  const seconds = ms % 1000 === 0;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: seconds ? 'second' : 'millisecond',
    unitDisplay: 'long',
  }).format(seconds ? ms / 1000 : ms);
}

/**
 * Health of all seven regions (a router of its own, polling every region),
 * and the visitor's own router: who serves them, and each failover.
 */
export function StatusView(): ReactNode {
  const t = useDemoStrings();
  const health = useHealthStrings();
  const regions = useRegionStrings();
  const { locale } = useLocale();
  const { session, query, baseUrls } = useSession();
  // The visitor's router, from the app-level provider (the provider below shadows it).
  const visitor = useRegionStatus();
  // Options are read once by the provider; the status page always watches all regions.
  const [options] = useState(() => ({ regions: REGION_IDS, intervalMs: query.pollMs, baseUrls }));
  // MODE rather than DEV, for the same reason as in createDemoI18n: a test-run build is still a build.
  const showFaults = import.meta.env.MODE === 'development' || query.faults;
  useDocumentTitle(health('title'));
  const zone = regions(`zone.${visitor.zone}`);
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Heading level={1}>{health('title')}</Heading>
        <Text as="p" tone="muted">
          {t('status.pollEvery', { interval: formatInterval(query.pollMs, locale) })}
        </Text>
      </Stack>
      <Stack gap="sm" as="section" aria-label={t('status.servingYou')}>
        {visitor.active === null ? (
          <Alert tone="danger" data-testid="serving-region" data-region="">
            {regions('noHealthy', { zone })}
          </Alert>
        ) : (
          <Text as="p" size="lg" weight="bold" data-testid="serving-region" data-region={visitor.active}>
            {regions('servedBy', { region: regions(`name.${visitor.active}`) })}
          </Text>
        )}
        <Text as="p">
          {visitor.enforced ? regions('residency.enforced', { zone }) : regions('residency.notEnforced')}
        </Text>
      </Stack>
      <RegionProvider options={options}>
        <RegionHealthTable serving={visitor.active} />
      </RegionProvider>
      <FailoverLogList log={session.failovers} />
      {showFaults ? <FaultControls baseUrls={baseUrls} /> : null}
    </Stack>
  );
}
