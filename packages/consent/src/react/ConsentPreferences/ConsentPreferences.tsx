import { Button } from '@globalkit/ui-rtl';
import type { DialogTriggerProps } from '@globalkit/ui-rtl';
import { useContext, useEffect } from 'react';
import type { ReactElement, ReactNode } from 'react';

import type { ConsentPurpose } from '../../types';
import { ConsentContext } from '../ConsentProvider/ConsentContext';
import { useConsentStrings } from '../useConsentStrings';
import type { ConsentKey } from '../useConsentStrings';
import { PreferencesEntry } from './PreferencesEntry';

/** Services listed under each category (keys of `consent:service.*`). */
export type ConsentServices = Partial<Record<'necessary' | ConsentPurpose, readonly ConsentKey[]>>;

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
 * The dialog's code loads on demand: when the browser is idle after the
 * trigger renders, or on hover, focus or click, whichever comes first.
 *
 * Without `open`, it follows the provider's shared state and becomes the one
 * preferences dialog: `<ConsentBanner>`'s Customize and Privacy settings
 * buttons then open it instead of a dialog of their own.
 */
export function ConsentPreferences(props: ConsentPreferencesProps): ReactNode {
  const register = useContext(ConsentContext)?.registerPreferences;
  const shared = props.open === undefined;
  useEffect(() => (shared ? register?.() : undefined), [register, shared]);
  const { t } = useConsentStrings();
  return (
    <PreferencesEntry
      trigger={
        props.trigger ?? (
          <Button variant="ghost" size="sm">
            {t('action.privacySettings')}
          </Button>
        )
      }
      open={props.open}
      onOpenChange={props.onOpenChange}
      services={props.services}
      dir={props.dir}
    />
  );
}
