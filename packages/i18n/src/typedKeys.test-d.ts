// Type test (checked by `tsc -p .`, never run): with the opt-in augmentation
// of ./typedKeys (part of this package's own type-check), keys are checked.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { createI18n } from './createI18n';

const i18n = createI18n({ locale: 'en-US' });

export function instanceKeysAreTyped() {
  // The instance's t: default namespace (`common`) and `namespace:key` for every namespace.
  i18n.t('action.retry');
  i18n.t('regions:status.healthy');
  i18n.t('health:faults.takeDown');
  i18n.t('regions:healthySummary', { count: 2 });

  // @ts-expect-error — no such key in regions
  i18n.t('regions:status.healthyy');
  // @ts-expect-error — `status` lives in regions, not in the default namespace
  i18n.t('status.healthy');
  // @ts-expect-error — no such namespace
  i18n.t('billing:title');
  // @ts-expect-error — an object branch is not a string key
  i18n.t('regions:status');
}

export function scopedKeysAreTyped(t: TFunction<['common', 'regions']>) {
  t('language.label');
  t('regions:servedBy', { region: 'Frankfurt' });
  // @ts-expect-error — health is not among this t's namespaces
  t('health:title');
}

export function HookKeysAreTyped() {
  const { t } = useTranslation('regions');
  // @ts-expect-error — a common key through the regions-bound t
  t('action.retry');
  return t('event.failover', { from: 'a', to: 'b' });
}
