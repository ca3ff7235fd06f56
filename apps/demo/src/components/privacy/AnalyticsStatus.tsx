import { Badge, Card, Heading, Stack } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useAnalyticsPageViews } from '../../hooks/useAnalyticsPageViews';
import { useDemoStrings } from '../../i18n/strings';

/** Whether the consent-gated analytics example has loaded, and what it recorded. */
export function AnalyticsStatus(): ReactNode {
  const t = useDemoStrings();
  const pageViews = useAnalyticsPageViews();
  return (
    <Card
      as="section"
      aria-labelledby="analytics-title"
      data-testid="analytics-status"
      data-loaded={pageViews === null ? 'false' : 'true'}
    >
      <Stack gap="sm" align="start">
        <Heading level={2} size="lg" id="analytics-title">
          {t('privacy.analytics.title')}
        </Heading>
        <Badge tone={pageViews === null ? 'neutral' : 'info'} dot>
          {pageViews === null
            ? t('privacy.analytics.blocked')
            : t('privacy.analytics.loaded', { count: pageViews })}
        </Badge>
      </Stack>
    </Card>
  );
}
