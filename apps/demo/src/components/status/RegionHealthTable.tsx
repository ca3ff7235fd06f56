/** @jsxImportSource @emotion/react */
import { getRegion } from '@globalkit/regions';
import type { RegionId } from '@globalkit/regions';
import { useRegionStatus } from '@globalkit/regions/react';
import { useLocale } from '@globalkit/i18n';
import { Badge, useTheme, visuallyHidden } from '@globalkit/ui-rtl';
import type { StatusTone } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings, useHealthStrings, useRegionStrings } from '../../i18n/strings';
import { displayStateOf } from '../../lib/regionHealth';
import type { DisplayState } from '../../lib/regionHealth';

const TONES: Record<DisplayState, StatusTone> = {
  up: 'success',
  down: 'danger',
  degraded: 'warning',
  unknown: 'neutral',
};

/** Live health of every region of the nearest RegionProvider (`region-row` per region). */
export function RegionHealthTable({ serving }: { readonly serving: RegionId | null }): ReactNode {
  const t = useDemoStrings();
  const health = useHealthStrings();
  const regions = useRegionStrings();
  const theme = useTheme();
  const { locale } = useLocale();
  const { candidates } = useRegionStatus();
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
  const ms = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const stateLabel = (state: DisplayState): string =>
    state === 'up'
      ? regions('status.healthy')
      : state === 'down'
        ? regions('status.down')
        : state === 'degraded'
          ? t('status.degraded')
          : regions('status.unknown');
  const cell = {
    padding: theme.space.sm,
    borderBlockEnd: `1px solid ${theme.colors.surfaceHover}`,
    textAlign: 'start' as const,
  };
  return (
    <div css={{ overflowX: 'auto' }}>
      <table css={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption css={visuallyHidden}>{health('title')}</caption>
        <thead>
          <tr>
            <th scope="col" css={cell}>
              {health('column.region')}
            </th>
            <th scope="col" css={cell}>
              {health('column.status')}
            </th>
            <th scope="col" css={cell}>
              {health('column.latency')}
            </th>
            <th scope="col" css={cell}>
              {health('column.lastChecked')}
            </th>
            <th scope="col" css={cell}>
              {health('column.zone')}
            </th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => {
            const state = displayStateOf(candidate);
            const zone = getRegion(candidate.id).residencyZone;
            const isServing = candidate.id === serving;
            return (
              <tr
                key={candidate.id}
                data-testid="region-row"
                data-region={candidate.id}
                data-state={state}
                data-zone={zone}
                data-serving={isServing ? 'true' : 'false'}
                css={isServing ? { background: theme.colors.surfaceRaised } : undefined}
              >
                <th scope="row" css={{ ...cell, fontWeight: 400 }}>
                  <div>{regions(`name.${candidate.id}`)}</div>
                  <code css={{ fontSize: theme.fontSizes.sm, color: theme.colors.textMuted }}>
                    {candidate.id}
                  </code>
                  {isServing ? (
                    <div>
                      <Badge tone="info">{t('status.servingYou')}</Badge>
                    </div>
                  ) : null}
                </th>
                <td css={cell}>
                  <Badge tone={TONES[state]} dot>
                    {stateLabel(state)}
                  </Badge>
                  {candidate.consecutiveFailures > 0 ? (
                    <div css={{ fontSize: theme.fontSizes.sm }}>
                      {t('status.failures', { count: candidate.consecutiveFailures })}
                    </div>
                  ) : null}
                </td>
                <td css={cell} data-latency={candidate.latencyMs ?? ''}>
                  {candidate.latencyMs === null
                    ? '—'
                    : regions('latency', { ms: ms.format(candidate.latencyMs) })}
                </td>
                <td css={cell}>
                  {candidate.lastCheckedAt === null
                    ? health('notChecked')
                    : time.format(candidate.lastCheckedAt)}
                </td>
                <td css={cell}>{regions(`zone.${zone}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
