/** @jsxImportSource @emotion/react */
import { useLocale } from '@globalkit/i18n';
import type { RegionId } from '@globalkit/regions';
import { Heading, Stack, Text } from '@globalkit/ui-rtl';
import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';

import { useDemoStrings, useHealthStrings, useRegionStrings } from '../../i18n/strings';
import type { FailoverLog } from '../../session/failoverLog';

/** The visitor's failovers as they happen (`data-testid="failover-log"`, one `li[data-from][data-to]` each). */
export function FailoverLogList({ log }: { readonly log: FailoverLog }): ReactNode {
  const t = useDemoStrings();
  const health = useHealthStrings();
  const regions = useRegionStrings();
  const { locale } = useLocale();
  const entries = useSyncExternalStore(log.subscribe, log.getSnapshot, log.getSnapshot);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
  const name = (id: RegionId | null) => (id === null ? '—' : regions(`name.${id}`));
  return (
    <Stack gap="sm" as="section" aria-labelledby="failover-title">
      <Heading level={2} size="lg" id="failover-title">
        {health('events.title')}
      </Heading>
      {entries.length === 0 ? <Text as="p">{health('events.empty')}</Text> : null}
      <ol data-testid="failover-log" aria-live="polite" css={{ margin: 0, paddingInlineStart: '1.5rem' }}>
        {entries.map((entry) => (
          <li key={entry.id} data-from={entry.from ?? ''} data-to={entry.to ?? ''} data-reason={entry.reason}>
            <time dateTime={new Date(entry.at).toISOString()}>{time.format(entry.at)}</time>{' '}
            {entry.to === null
              ? t('status.event.noRegion', { from: name(entry.from) })
              : regions('event.failover', { from: name(entry.from), to: name(entry.to) })}
          </li>
        ))}
      </ol>
    </Stack>
  );
}
