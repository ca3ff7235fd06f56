/** @jsxImportSource @emotion/react */
import { ConsentPreferences, DoNotSellLink, useConsent, useConsentStrings } from '@globalkit/consent/react';
import { Button, Inline, Text, useTheme } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../i18n/strings';

/**
 * The privacy settings entry point (always present; exactly one preferences
 * dialog exists per page: the banner's while it asks, this one afterwards)
 * and the "Do Not Sell or Share" link where the visitor's policy requires it.
 */
export function SiteFooter(): ReactNode {
  const t = useDemoStrings();
  const theme = useTheme();
  const consent = useConsent();
  const { t: consentT } = useConsentStrings();
  return (
    <footer
      aria-label={t('footer.label')}
      css={{
        borderBlockStart: `1px solid ${theme.colors.border}`,
        paddingBlock: theme.space.lg,
        paddingInline: theme.space.xl,
        marginBlockStart: theme.space.xxxl,
      }}
    >
      <Inline gap="lg" align="center" justify="between" wrap>
        <Text size="sm" tone="muted">
          {t('footer.about')}
        </Text>
        <Inline gap="md" align="center" wrap>
          <DoNotSellLink />
          {/* While the banner is up it renders the one preferences dialog (its Customize button);
              a second <ConsentPreferences> would open a second dialog on the same state. */}
          {consent.needsDecision ? (
            <Button variant="ghost" size="sm" onClick={() => consent.openPreferences(true)}>
              {consentT('action.privacySettings')}
            </Button>
          ) : (
            <ConsentPreferences />
          )}
        </Inline>
      </Inline>
    </footer>
  );
}
