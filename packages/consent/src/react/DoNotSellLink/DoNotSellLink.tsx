/** @jsxImportSource @emotion/react */
import { Button, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useConsent } from '../ConsentProvider/useConsent';
import { useConsentStrings } from '../useConsentStrings';

/** Props of {@link DoNotSellLink}. */
export interface DoNotSellLinkProps {
  /** Render even where the policy does not require it. @defaultValue false */
  readonly always?: boolean | undefined;
  /** Open the preferences dialog after recording the opt-out. @defaultValue false */
  readonly openPreferences?: boolean | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * "Do Not Sell or Share My Personal Information" — rendered where the policy
 * requires it. One activation records the opt-out of sale/sharing (marketing
 * off, other choices kept): CPRA forbids making opting out harder than that.
 */
export function DoNotSellLink({
  always = false,
  openPreferences = false,
  dir,
}: DoNotSellLinkProps): ReactNode {
  const consent = useConsent();
  const { t } = useConsentStrings();
  if (!consent.policy.doNotSellLink && !always) return null;
  const optedOut = !!consent.record && !consent.record.decisions.marketing;
  return (
    <span dir={dir} css={{ display: 'inline-flex', alignItems: 'center', gap: '0.5rem', flexWrap: 'wrap' }}>
      <Button
        variant="ghost"
        size="sm"
        css={{ textDecoration: 'underline' }}
        data-opted-out={optedOut}
        onClick={() => {
          consent.save({ ...consent.decisions, marketing: false }, 'preferences');
          if (openPreferences) consent.openPreferences(true);
        }}
      >
        {t('doNotSell.link')}
      </Button>
      <span role="status">{optedOut ? <Text size="sm">{t('doNotSell.optedOut')}</Text> : null}</span>
    </span>
  );
}
