import { dialogTrigger } from '@globalkit/ui-rtl';
import type { DialogTriggerProps } from '@globalkit/ui-rtl';
import { cloneElement, useEffect, useState } from 'react';
import type { FocusEvent, PointerEvent, ReactElement, ReactNode } from 'react';

import { useConsent } from '../ConsentProvider/useConsent';
import type { ConsentServices } from './ConsentPreferences';
import type { PreferencesDialog } from './PreferencesDialog';

type DialogComponent = typeof PreferencesDialog;

let loading: Promise<DialogComponent> | undefined;
/** Set once the chunk has arrived, so later mounts render the dialog in their first commit. */
let loaded: DialogComponent | undefined;

/**
 * Starts loading the dialog's code once; safe to call on every hint of intent.
 * A failed load is forgotten, so the next attempt (the user's next click) retries.
 */
function loadDialog(): Promise<DialogComponent> {
  loading ??= import('./PreferencesDialog').then(
    (module) => (loaded = module.PreferencesDialog),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const prefetch = (): void => void loadDialog().catch(() => undefined);

/** Where requestIdleCallback is missing: long enough for a page's start-up to be over. */
const IDLE_FALLBACK_MS = 3000;

/** The element a {@link PreferencesEntry} clones: a Dialog trigger that may also take hover and focus handlers. */
export type PreferencesTrigger = ReactElement<
  DialogTriggerProps & {
    onPointerEnter?: ((event: PointerEvent<HTMLElement>) => void) | undefined;
    onFocus?: ((event: FocusEvent<HTMLElement>) => void) | undefined;
  }
>;

/** Props of {@link PreferencesEntry}. @internal */
export interface PreferencesEntryProps {
  /** The element that opens the dialog; it gets `onClick`, `aria-haspopup` and `aria-expanded`. */
  readonly trigger: PreferencesTrigger;
  readonly open?: boolean | undefined;
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
  /** @defaultValue the dialog's generic list */
  readonly services?: ConsentServices | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * A preferences trigger and, while open, the dialog. The dialog is a chunk of
 * its own: most visitors decide in the banner and never open it, so a page's
 * first load does not carry it (with ui-rtl's Dialog and Switch, 2.0 KB gzip
 * of the demo's initial JS). It is fetched when the browser is idle after the
 * trigger appears, or sooner on hover, focus or click, so it is usually there
 * before anyone asks for it. Should it fail to load (offline), the entry closes
 * again and the next click retries.
 *
 * @internal
 */
export function PreferencesEntry({
  trigger,
  open,
  onOpenChange,
  services,
  dir,
}: PreferencesEntryProps): ReactNode {
  const consent = useConsent();
  const isOpen = open ?? consent.preferencesOpen;
  const setOpen = onOpenChange ?? consent.openPreferences;
  const [Dialog, setDialog] = useState<DialogComponent | undefined>(() => loaded);

  useEffect(() => {
    // After the page has settled, not during its first render: off the critical path.
    if (Dialog) return undefined;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(prefetch, { timeout: 10_000 });
      return () => cancelIdleCallback(handle);
    }
    // Safari has no requestIdleCallback, and touch screens no hover: a few seconds in, instead.
    const timer = setTimeout(prefetch, IDLE_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [Dialog]);

  useEffect(() => {
    if (!isOpen || Dialog) return undefined;
    let current = true;
    loadDialog().then(
      (component) => {
        if (current) setDialog(() => component);
      },
      (error: unknown) => {
        if (!current) return;
        console.error('@globalkit/consent: the preferences dialog could not be loaded; closing it.', error);
        setOpen(false);
      },
    );
    return () => {
      current = false;
    };
  }, [isOpen, Dialog, setOpen]);

  return (
    <>
      {/* The dialog is lazy, so ui-rtl's Dialog cannot own the trigger; dialogTrigger wires it the same way. */}
      {dialogTrigger(
        cloneElement(trigger, {
          onPointerEnter: (event: PointerEvent<HTMLElement>) => {
            trigger.props.onPointerEnter?.(event);
            prefetch();
          },
          onFocus: (event: FocusEvent<HTMLElement>) => {
            trigger.props.onFocus?.(event);
            prefetch();
          },
        }),
        isOpen,
        () => setOpen(true),
      )}
      {isOpen && Dialog ? <Dialog onClose={() => setOpen(false)} services={services} dir={dir} /> : null}
    </>
  );
}
