/** @jsxImportSource @emotion/react */
import { useConsent } from '@globalkit/consent/react';
import { Heading, Stack, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { AnalyticsStatus } from '../components/privacy/AnalyticsStatus';
import { ConsentSummary } from '../components/privacy/ConsentSummary';
import { GpcStatus } from '../components/privacy/GpcStatus';
import { PrivacyRequestSection } from '../components/privacy/PrivacyRequestSection';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useDemoStrings } from '../i18n/strings';

/** Consent decisions, GPC, the analytics example and data-subject requests. */
export function PrivacyView(): ReactNode {
  const t = useDemoStrings();
  const { policy } = useConsent();
  useDocumentTitle(t('privacy.title'));
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Heading level={1}>{t('privacy.title')}</Heading>
        <Text as="p" tone="muted">
          {t('privacy.intro', { framework: t(`privacy.framework.${policy.framework}`) })}
        </Text>
      </Stack>
      <div
        css={{ display: 'grid', gap: '1.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}
      >
        <ConsentSummary />
        <Stack gap="xl">
          <GpcStatus />
          <AnalyticsStatus />
        </Stack>
      </div>
      <PrivacyRequestSection />
    </Stack>
  );
}
