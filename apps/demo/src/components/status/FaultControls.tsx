/** @jsxImportSource @emotion/react */
import { REGION_IDS } from '@globalkit/regions';
import type { RegionId } from '@globalkit/regions';
import { useLocale } from '@globalkit/i18n';
import { Alert, Badge, Button, Heading, Inline, Stack, Text, useTheme } from '@globalkit/ui-rtl';
import { useState } from 'react';
import type { ReactNode } from 'react';

import { useDemoStrings, useHealthStrings, useRegionStrings } from '../../i18n/strings';
import { ERROR_FAULT_RATE, faultRequest, SLOW_FAULT_MS } from '../../lib/faults';
import type { FaultAction } from '../../lib/faults';

/**
 * Development-only switches on each region's API (`data-testid="fault-controls"`):
 * take it down, slow it, make it fail, or restore it — then watch the table and the log.
 */
export function FaultControls({
  baseUrls,
}: {
  readonly baseUrls: Readonly<Record<RegionId, string>>;
}): ReactNode {
  const t = useDemoStrings();
  const health = useHealthStrings();
  const regions = useRegionStrings();
  const theme = useTheme();
  const { locale } = useLocale();
  const [active, setActive] = useState<Partial<Record<RegionId, FaultAction>>>({});
  const [failed, setFailed] = useState<RegionId | null>(null);
  const [busy, setBusy] = useState<RegionId | null>(null);

  const apply = async (region: RegionId, action: FaultAction) => {
    const { url, init } = faultRequest(baseUrls[region], action);
    setBusy(region);
    setFailed(null);
    try {
      const response = await fetch(url, init);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      setActive((current) => ({ ...current, [region]: action === 'restore' ? undefined : action }));
    } catch {
      setFailed(region);
    } finally {
      setBusy(null);
    }
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(ERROR_FAULT_RATE);
  const ms = new Intl.NumberFormat(locale).format(SLOW_FAULT_MS);
  const actions: readonly { action: FaultAction; label: string }[] = [
    { action: 'down', label: health('faults.takeDown') },
    { action: 'slow', label: health('faults.slow', { ms }) },
    { action: 'errors', label: health('faults.errors', { percent }) },
    { action: 'restore', label: health('faults.bringUp') },
  ];
  return (
    <Stack gap="md" as="section" aria-labelledby="faults-title" data-testid="fault-controls">
      <Heading level={2} size="lg" id="faults-title">
        {health('faults.title')}
      </Heading>
      <Text as="p" tone="muted">
        {health('faults.hint')}
      </Text>
      {failed ? (
        <Alert tone="danger" data-testid="fault-error">
          {t('status.faults.failed', { region: regions(`name.${failed}`) })}
        </Alert>
      ) : null}
      <ul css={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: theme.space.md }}>
        {REGION_IDS.map((region) => (
          <li key={region} data-region={region} data-fault={active[region] ?? 'none'}>
            <Inline gap="sm" align="center" wrap role="group" aria-label={regions(`name.${region}`)}>
              <span css={{ minWidth: '14rem', fontWeight: 700 }}>{regions(`name.${region}`)}</span>
              {actions.map(({ action, label }) => (
                <Button
                  key={action}
                  size="sm"
                  variant={action === 'restore' ? 'primary' : 'secondary'}
                  disabled={busy === region}
                  data-action={action}
                  onClick={() => void apply(region, action)}
                >
                  {label}
                </Button>
              ))}
              {active[region] ? <Badge tone="warning">{t('status.faults.active')}</Badge> : null}
            </Inline>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
