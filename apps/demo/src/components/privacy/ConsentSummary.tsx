/** @jsxImportSource @emotion/react */
import { useConsent, useConsentStrings } from '@globalkit/consent/react';
import type { ConsentPurpose } from '@globalkit/consent';
import { Badge, Button, Card, Heading, Stack, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../../i18n/strings';

/** What the visitor allowed, per category (and separate purpose), with the way to change it. */
export function ConsentSummary(): ReactNode {
  const t = useDemoStrings();
  const { t: consentT } = useConsentStrings();
  const consent = useConsent();
  const { policy, decisions, record } = consent;
  const purposes: { id: ConsentPurpose; name: string }[] = [
    ...policy.categories
      .filter((category) => category !== 'necessary')
      .map((category) => ({ id: category as ConsentPurpose, name: consentT(`category.${category}.name`) })),
    ...policy.separatePurposes.map((purpose) => ({
      id: purpose,
      name: consentT(`separate.${purpose}.name`),
    })),
  ];
  const framework = t(`privacy.framework.${policy.framework}`);
  return (
    <Card as="section" aria-labelledby="decisions-title" data-testid="consent-summary">
      <Stack gap="md" align="start">
        <Heading level={2} size="lg" id="decisions-title">
          {t('privacy.decisions.title')}
        </Heading>
        {record ? null : <Text as="p">{t('privacy.decisions.none', { framework })}</Text>}
        <ul css={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.5rem' }}>
          <li data-purpose="necessary" data-allowed="true">
            {consentT('category.necessary.name')}:{' '}
            <Badge tone="success">{consentT('preferences.alwaysOn')}</Badge>
          </li>
          {purposes.map(({ id, name }) => (
            <li key={id} data-purpose={id} data-allowed={decisions[id] ? 'true' : 'false'}>
              {name}:{' '}
              <Badge tone={decisions[id] ? 'success' : 'neutral'}>
                {decisions[id] ? t('privacy.decisions.allowed') : t('privacy.decisions.refused')}
              </Badge>
            </li>
          ))}
        </ul>
        <Button
          variant="primary"
          onClick={() => consent.openPreferences(true)}
          data-testid="open-preferences"
        >
          {t('privacy.decisions.change')}
        </Button>
      </Stack>
    </Card>
  );
}
