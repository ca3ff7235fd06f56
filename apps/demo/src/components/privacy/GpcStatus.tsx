import { useConsent, useConsentStrings } from '@globalkit/consent/react';
import { Badge, Card, Heading, Stack, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../../i18n/strings';

/** Whether the browser sends Global Privacy Control and what it does here (`data-testid="gpc-status"`). */
export function GpcStatus(): ReactNode {
  const t = useDemoStrings();
  const { t: consentT } = useConsentStrings();
  const { gpc, gpcApplies, gpcConflict } = useConsent();
  return (
    <Card
      as="section"
      aria-labelledby="gpc-title"
      data-testid="gpc-status"
      data-gpc={gpc ? 'true' : 'false'}
      data-gpc-applies={gpcApplies ? 'true' : 'false'}
    >
      <Stack gap="sm" align="start">
        <Heading level={2} size="lg" id="gpc-title">
          {t('privacy.gpc.title')}
        </Heading>
        <Badge tone={gpc ? 'success' : 'neutral'} dot>
          {gpc ? t('privacy.gpc.on') : t('privacy.gpc.off')}
        </Badge>
        {gpc && gpcApplies ? (
          <Text as="p">{consentT(gpcConflict ? 'gpc.conflict' : 'gpc.honoured')}</Text>
        ) : null}
        {gpc && !gpcApplies ? <Text as="p">{t('privacy.gpc.notApplicable')}</Text> : null}
      </Stack>
    </Card>
  );
}
