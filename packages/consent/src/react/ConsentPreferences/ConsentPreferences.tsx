/** @jsxImportSource @emotion/react */
import { Alert, Button, Dialog, Heading, Inline, Stack, Switch, Text } from '@globalkit/ui-rtl';
import type { DialogTriggerProps } from '@globalkit/ui-rtl';
import { useContext, useEffect, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';

import type { ConsentPurpose } from '../../types';
import { NO_CONSENT } from '../../types';
import { ConsentContext } from '../ConsentProvider/ConsentContext';
import { useConsent } from '../ConsentProvider/useConsent';
import { useConsentStrings } from '../useConsentStrings';
import type { ConsentKey } from '../useConsentStrings';

/** Services listed under each category (keys of `consent:service.*`). */
export type ConsentServices = Partial<Record<'necessary' | ConsentPurpose, readonly ConsentKey[]>>;

const DEFAULT_SERVICES: ConsentServices = {
  necessary: ['service.session', 'service.consentCookie', 'service.loadBalancing'],
  functional: ['service.language'],
  analytics: ['service.productAnalytics'],
  marketing: ['service.advertising'],
};

/** Props of {@link ConsentPreferences}. */
export interface ConsentPreferencesProps {
  /**
   * Element that opens the dialog. Without it (and without `open`) a
   * "Privacy settings" button is rendered: the persistent entry point.
   */
  readonly trigger?: ReactElement<DialogTriggerProps> | undefined;
  /** Controlled open state. @defaultValue the provider's shared state */
  readonly open?: boolean | undefined;
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
  /** Service descriptions per category. @defaultValue a generic list */
  readonly services?: ConsentServices | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * Per-category choices in a ui-rtl Dialog (focus trapped and restored per
 * WAI-ARIA). Switches start from the stored decision, else off — never
 * pre-ticked. PIPL purposes get their own switches (separate consent).
 *
 * Without `open`, it follows the provider's shared state and becomes the one
 * preferences dialog: `<ConsentBanner>`'s Customize and Privacy settings
 * buttons then open it instead of a dialog of their own.
 */
export function ConsentPreferences(props: ConsentPreferencesProps): ReactNode {
  const register = useContext(ConsentContext)?.registerPreferences;
  const shared = props.open === undefined;
  useEffect(() => (shared ? register?.() : undefined), [register, shared]);
  return <PreferencesDialog {...props} />;
}

/** The dialog itself; the banner renders it directly when the app has no shared-state ConsentPreferences. */
export function PreferencesDialog({
  trigger,
  open,
  onOpenChange,
  services = DEFAULT_SERVICES,
  dir,
}: ConsentPreferencesProps): ReactNode {
  const consent = useConsent();
  const { t } = useConsentStrings();
  const isOpen = open ?? consent.preferencesOpen;
  const setOpen = onOpenChange ?? consent.openPreferences;
  // Start from what the user stored, not from an opt-out default: an unticked box means "not given".
  const stored = () => ({ ...NO_CONSENT, ...consent.record?.decisions });
  const [draft, setDraft] = useState<Record<ConsentPurpose, boolean>>(stored);
  const [wasOpen, setWasOpen] = useState(isOpen);
  if (wasOpen !== isOpen) {
    // However it opens (its trigger, the banner, openPreferences()), it shows the stored choices afresh.
    setWasOpen(isOpen);
    if (isOpen) setDraft(stored());
  }
  const { policy } = consent;

  const done = (action: () => void) => () => {
    action();
    setOpen(false);
  };
  const toggle = (purpose: ConsentPurpose, description: ReactNode, name: string) => (
    <Switch
      key={purpose}
      label={name}
      description={description}
      checked={draft[purpose]}
      onCheckedChange={(on) => setDraft((d) => ({ ...d, [purpose]: on }))}
      data-purpose={purpose}
    />
  );
  const serviceList = (category: 'necessary' | ConsentPurpose) =>
    services[category]?.length ? (
      <ul css={{ margin: 0, paddingInlineStart: '1.25rem' }} aria-label={t('preferences.servicesHeading')}>
        {services[category].map((key) => (
          <li key={key}>
            <Text size="sm">{t(key)}</Text>
          </li>
        ))}
      </ul>
    ) : null;

  return (
    <Dialog
      title={t('preferences.title')}
      description={t('preferences.description')}
      open={isOpen}
      onOpenChange={setOpen}
      dir={dir}
      trigger={
        trigger ?? (
          <Button variant="ghost" size="sm">
            {t('action.privacySettings')}
          </Button>
        )
      }
      footer={
        <Inline gap="sm" wrap>
          <Button variant="primary" size="md" onClick={done(() => consent.rejectAll())}>
            {t('action.rejectAll')}
          </Button>
          <Button variant="primary" size="md" onClick={done(() => consent.acceptAll())}>
            {t('action.acceptAll')}
          </Button>
          <Button variant="secondary" size="md" onClick={done(() => consent.save(draft, 'preferences'))}>
            {t('action.saveChoices')}
          </Button>
        </Inline>
      }
    >
      <Stack gap="lg">
        {consent.gpcConflict ? (
          <Alert tone="warning" title={t('gpc.detected')}>
            <Stack gap="sm">
              <Text>{t('gpc.conflict')}</Text>
              <Inline gap="sm" wrap>
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={done(() =>
                    consent.save({ ...consent.record?.decisions, marketing: false }, 'gpc'),
                  )}
                >
                  {t('action.keepOptOut')}
                </Button>
                <Button size="sm" variant="secondary" onClick={done(() => consent.store.allowGpcException())}>
                  {t('action.allowException')}
                </Button>
              </Inline>
            </Stack>
          </Alert>
        ) : consent.gpcApplies ? (
          <Alert tone="info">{t('gpc.honoured')}</Alert>
        ) : null}
        {consent.healthData ? <Alert tone="info">{t('healthData.note')}</Alert> : null}
        <Stack gap="xs">
          <Inline gap="sm" justify="between">
            <Heading level={3} size="md">
              {t('category.necessary.name')}
            </Heading>
            <Text size="sm">{t('preferences.alwaysOn')}</Text>
          </Inline>
          <Text size="sm">{t('category.necessary.description')}</Text>
          {serviceList('necessary')}
        </Stack>
        {(['functional', 'analytics', 'marketing'] as const).map((c) => (
          <Stack gap="xs" key={c}>
            {toggle(c, t(`category.${c}.description`), t(`category.${c}.name`))}
            {serviceList(c)}
          </Stack>
        ))}
        {policy.separatePurposes.length ? (
          <Stack gap="sm" as="section">
            <Heading level={3} size="md">
              {t('separate.heading')}
            </Heading>
            <Text size="sm">{t('separate.description')}</Text>
            {policy.separatePurposes.map((p) =>
              toggle(p, t(`separate.${p}.description`), t(`separate.${p}.name`)),
            )}
          </Stack>
        ) : null}
      </Stack>
    </Dialog>
  );
}
