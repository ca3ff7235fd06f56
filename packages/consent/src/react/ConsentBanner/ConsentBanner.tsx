/** @jsxImportSource @emotion/react */
import { Alert, Button, Heading, Inline, Link, Stack, Text, useTheme } from '@globalkit/ui-rtl';
import { useId } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

import { ConsentPreferences } from '../ConsentPreferences/ConsentPreferences';
import { DoNotSellLink } from '../DoNotSellLink/DoNotSellLink';
import { FRAMEWORK_KEY } from '../frameworkKey';
import { useConsent } from '../ConsentProvider/useConsent';
import { useConsentStrings } from '../useConsentStrings';

/** Props of {@link ConsentBanner}. */
export interface ConsentBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Link to the privacy policy, shown in the banner when given. */
  readonly privacyPolicyHref?: string | undefined;
  /**
   * Show the persistent "Privacy settings" button once a decision exists, so
   * withdrawing is as easy as giving. Turn off when the app renders its own
   * `<ConsentPreferences />` entry point (e.g. in the footer).
   * @defaultValue true
   */
  readonly settingsButton?: boolean | undefined;
  /** Forced direction. @defaultValue the provider's */
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * The first-layer notice. Accept all and Reject all sit side by side with the
 * same variant and size (no nudging); nothing is pre-ticked; scrolling or
 * leaving the page never counts as consent, and there is no close control,
 * because closing would be an undecided state the user might mistake for a choice.
 */
export function ConsentBanner({
  privacyPolicyHref,
  settingsButton = true,
  dir,
  ...rest
}: ConsentBannerProps): ReactNode {
  const consent = useConsent();
  const { t } = useConsentStrings();
  const theme = useTheme();
  const titleId = useId();
  const bodyId = useId();
  const key = FRAMEWORK_KEY[consent.policy.framework];

  if (!consent.needsDecision) {
    return settingsButton ? <ConsentPreferences dir={dir} /> : null;
  }
  return (
    <section
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      dir={dir}
      data-framework={consent.policy.framework}
      data-model={consent.policy.model}
      css={{
        position: 'fixed',
        insetInline: 16,
        insetBlockEnd: 16,
        zIndex: 1000,
        maxWidth: 720,
        marginInline: 'auto',
        padding: theme.space.xl,
        borderRadius: theme.radii.lg,
        background: theme.colors.surfaceRaised,
        color: theme.colors.text,
        boxShadow: theme.elevation.lg,
        border: `1px solid ${theme.colors.border}`,
      }}
      {...rest}
    >
      <Stack gap="md">
        <Heading level={2} id={titleId}>
          {t(`banner.title.${key}`)}
        </Heading>
        <Text id={bodyId}>{t(`banner.body.${key}`)}</Text>
        {consent.gpcApplies ? <Alert tone="info">{t('gpc.honoured')}</Alert> : null}
        {consent.healthData ? <Alert tone="info">{t('healthData.note')}</Alert> : null}
        <Inline gap="sm" wrap>
          <Button variant="primary" size="md" onClick={consent.acceptAll} data-action="accept-all">
            {t('action.acceptAll')}
          </Button>
          <Button variant="primary" size="md" onClick={consent.rejectAll} data-action="reject-all">
            {t('action.rejectAll')}
          </Button>
          <ConsentPreferences
            dir={dir}
            trigger={
              <Button variant="secondary" size="md">
                {t('action.customize')}
              </Button>
            }
          />
        </Inline>
        <Inline gap="md" wrap>
          {privacyPolicyHref ? <Link href={privacyPolicyHref}>{t('banner.privacyPolicy')}</Link> : null}
          <DoNotSellLink />
        </Inline>
      </Stack>
    </section>
  );
}
