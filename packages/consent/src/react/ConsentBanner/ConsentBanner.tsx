/** @jsxImportSource @emotion/react */
import { Alert, Button, Heading, Inline, Link, Stack, Text, useTheme } from '@globalkit/ui-rtl';
import { useContext, useId } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

import { PreferencesEntry } from '../ConsentPreferences/PreferencesEntry';
import { ConsentContext } from '../ConsentProvider/ConsentContext';
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
   * `<ConsentPreferences />` entry point (e.g. in the footer). Either way there
   * is one preferences dialog: while the app renders a `<ConsentPreferences />`
   * without `open`, the banner's Customize and Privacy settings buttons open
   * that one instead of their own.
   * @defaultValue true
   */
  readonly settingsButton?: boolean | undefined;
  /** Forced direction. @defaultValue the provider's */
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * Below this the banner's actions stack, full width (360–390 px phones); from
 * 401 px the pair fits side by side even in German (2 × 154 px + gap).
 */
const PAIR_BREAKPOINT = '@media (max-width: 400px)';

/**
 * The first-layer notice. Accept all and Reject all sit side by side with the
 * same variant, size and width in every locale (no nudging); nothing is pre-ticked; scrolling or
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
  const appOwnsDialog = Boolean(useContext(ConsentContext)?.preferencesOwners);
  // An app-rendered shared-state <ConsentPreferences> is the dialog when there is one: never two.
  const preferencesButton = (variant: 'ghost' | 'secondary', size: 'sm' | 'md', label: string) =>
    appOwnsDialog ? (
      <Button variant={variant} size={size} onClick={() => consent.openPreferences()}>
        {label}
      </Button>
    ) : (
      <PreferencesEntry
        dir={dir}
        trigger={
          <Button variant={variant} size={size}>
            {label}
          </Button>
        }
      />
    );

  if (!consent.needsDecision) {
    return settingsButton ? preferencesButton('ghost', 'sm', t('action.privacySettings')) : null;
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
        <Inline gap="sm" wrap css={{ [PAIR_BREAKPOINT]: { '& > *': { flexBasis: '100%' } } }}>
          <div
            data-part="decision"
            css={{
              // Equal columns, each as wide as the longer label: same size and weight in every locale.
              display: 'grid',
              gridTemplateColumns: '1fr 1fr',
              gap: theme.space.sm,
              [PAIR_BREAKPOINT]: { gridTemplateColumns: '1fr' },
            }}
          >
            <Button variant="primary" size="md" onClick={consent.acceptAll} data-action="accept-all">
              {t('action.acceptAll')}
            </Button>
            <Button variant="primary" size="md" onClick={consent.rejectAll} data-action="reject-all">
              {t('action.rejectAll')}
            </Button>
          </div>
          {preferencesButton('secondary', 'md', t('action.customize'))}
        </Inline>
        <Inline gap="md" wrap>
          {privacyPolicyHref ? <Link href={privacyPolicyHref}>{t('banner.privacyPolicy')}</Link> : null}
          <DoNotSellLink />
        </Inline>
      </Stack>
    </section>
  );
}
