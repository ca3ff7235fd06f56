/** @jsxImportSource @emotion/react */
import { Alert, Button, Dialog, Heading, Inline, Stack, Switch, Text } from '@globalkit/ui-rtl';
import { useState } from 'react';
import type { ReactNode } from 'react';

import type { ConsentPurpose } from '../../types';
import { NO_CONSENT } from '../../types';
import { useConsent } from '../ConsentProvider/useConsent';
import { useConsentStrings } from '../useConsentStrings';
import type { ConsentServices } from './ConsentPreferences';

/** The services listed when the app passes none. */
const DEFAULT_SERVICES: ConsentServices = {
  necessary: ['service.session', 'service.consentCookie', 'service.loadBalancing'],
  functional: ['service.language'],
  analytics: ['service.productAnalytics'],
  marketing: ['service.advertising'],
};

/** Props of {@link PreferencesDialog}. @internal */
export interface PreferencesDialogProps {
  /** Asked to close (Escape, close button, backdrop, or after a choice). */
  readonly onClose: () => void;
  /** @defaultValue a generic list */
  readonly services?: ConsentServices | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * The open preferences dialog. It is mounted only while open and loaded on
 * demand (PreferencesEntry), so it starts from the stored choices every time it
 * opens, and its code (it and ui-rtl's Dialog and Switch) stays out of the
 * bundle that renders the banner.
 *
 * @internal
 */
export function PreferencesDialog({
  onClose,
  services = DEFAULT_SERVICES,
  dir,
}: PreferencesDialogProps): ReactNode {
  const consent = useConsent();
  const { t } = useConsentStrings();
  // Start from what the user stored, not from an opt-out default: an unticked box means "not given".
  const [draft, setDraft] = useState<Record<ConsentPurpose, boolean>>(() => ({
    ...NO_CONSENT,
    ...consent.record?.decisions,
  }));
  const { policy } = consent;

  const done = (action: () => void) => () => {
    action();
    onClose();
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
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      dir={dir}
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
