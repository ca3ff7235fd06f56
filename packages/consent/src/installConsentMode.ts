import type { ConsentStore } from './createConsentStore';
import { toConsentMode } from './toConsentMode';

/** The subset of `gtag` this adapter calls. */
export type Gtag = (
  command: 'consent',
  action: 'default' | 'update',
  params: Record<string, unknown>,
) => void;

/** Options for {@link installConsentMode}. */
export interface InstallConsentModeOptions {
  /** Milliseconds tags wait for an update after the default. @defaultValue 500 */
  readonly waitForUpdate?: number;
}

/**
 * Wires a store to Google Consent Mode v2. Call it before any Google tag
 * loads: it sends `consent default` at once (everything optional denied
 * where opt-in applies and nothing was decided, with `wait_for_update`),
 * then `consent update` on every later change.
 *
 * @returns A function that stops the updates.
 */
export function installConsentMode(
  gtag: Gtag,
  store: ConsentStore,
  options: InstallConsentModeOptions = {},
): () => void {
  const state = store.getState();
  gtag('consent', 'default', {
    ...toConsentMode(state),
    ...(state.needsDecision ? { wait_for_update: options.waitForUpdate ?? 500 } : {}),
  });
  return store.subscribe((next) => gtag('consent', 'update', { ...toConsentMode(next) }));
}
