import { useRegionStatus } from '@globalkit/regions/react';
import { Badge } from '@globalkit/ui-rtl';
import type { StatusTone } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings, useRegionStrings } from '../i18n/strings';
import { useSession } from '../session/SessionContext';

/**
 * Which region serves this visitor, and whether traffic has failed over
 * from the home region (`data-testid="region-indicator"`, `data-region`).
 */
export function RegionIndicator(): ReactNode {
  const t = useDemoStrings();
  const regions = useRegionStrings();
  const status = useRegionStatus();
  const { session } = useSession();
  const { active, candidates } = status;
  const home = session.jurisdiction.homeRegion;
  const checked = candidates.some((candidate) => candidate.state !== 'unknown');
  let tone: StatusTone = 'success';
  let text: string;
  if (active === null) {
    tone = 'danger';
    text = t('regionIndicator.unavailable');
  } else if (active !== home && candidates.find((c) => c.id === home)?.state === 'down') {
    tone = 'warning';
    text = t('regionIndicator.failingOver', { region: regions(`name.${active}`) });
  } else if (!checked) {
    tone = 'neutral';
    text = t('regionIndicator.serving', { region: regions(`name.${active}`) });
  } else {
    text = t('regionIndicator.serving', { region: regions(`name.${active}`) });
  }
  return (
    <div role="status" aria-label={t('regionIndicator.label')}>
      <Badge
        tone={tone}
        dot
        data-testid="region-indicator"
        data-region={active ?? ''}
        data-failover={active !== null && active !== home ? 'true' : 'false'}
      >
        {text}
      </Badge>
    </div>
  );
}
