/** @jsxImportSource @emotion/react */
import { DataRequestForm, useConsentStrings } from '@globalkit/consent/react';
import type { PrivacyRequestResult } from '@globalkit/consent/react';
import { useLocale } from '@globalkit/i18n';
import { isRegionId } from '@globalkit/regions';
import { useRegionRouter } from '@globalkit/regions/react';
import { Card, Heading, Stack, Text } from '@globalkit/ui-rtl';
import { useState } from 'react';
import type { ReactNode } from 'react';

import { useDemoStrings, useRegionStrings } from '../../i18n/strings';
import { useSession } from '../../session/SessionContext';

type Receipt = Extract<PrivacyRequestResult, { ok: true }>;

/**
 * The data-subject request form, sent through the visitor's router so it
 * lands in their home region (or a backup of the same zone: EU stays EU),
 * and the receipt it returns (`data-testid="request-receipt"`).
 */
export function PrivacyRequestSection(): ReactNode {
  const t = useDemoStrings();
  const { t: consentT } = useConsentStrings();
  const regions = useRegionStrings();
  const { locale } = useLocale();
  const router = useRegionRouter();
  const { session } = useSession();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const { homeRegion, residencyZone } = session.jurisdiction;
  const regionName = (id: string | undefined) => (id && isRegionId(id) ? regions(`name.${id}`) : (id ?? '—'));
  return (
    <Card as="section" aria-labelledby="request-title">
      <Stack gap="md">
        <Heading level={2} size="lg" id="request-title">
          {consentT('request.title')}
        </Heading>
        <Text as="p">
          {t('privacy.request.intro', {
            region: regionName(homeRegion),
            zone: regions(`zone.${residencyZone}`),
          })}
        </Text>
        <DataRequestForm
          router={router}
          aria-labelledby="request-title"
          data-testid="data-request-form"
          onResult={(result) => setReceipt(result.ok ? result : null)}
        />
        {receipt ? (
          <Text
            as="p"
            data-testid="request-receipt"
            data-request-id={receipt.id}
            data-region={receipt.region ?? ''}
            data-due-at={receipt.dueAt}
          >
            {t('privacy.request.receipt', {
              id: receipt.id,
              region: regionName(receipt.region),
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(receipt.dueAt)),
            })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
