import { useEffect, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';

import { createRegionRouter } from '../createRegionRouter';
import type { RegionRouter, RegionRouterOptions } from '../routerTypes';
import { RegionContext } from './RegionContext';

interface CommonProps {
  children?: ReactNode;
  /**
   * Start health checks on mount. Turn off to drive a router by hand
   * (tests, or deferring checks until after first paint).
   * @defaultValue true
   */
  autoStart?: boolean | undefined;
}

/**
 * Either an existing `router` (you own it: it is started on mount but never
 * stopped by the provider) or `options` for a router the provider creates,
 * starts on mount and stops on unmount. Options are read once; remount with
 * a `key` to apply new ones.
 */
export type RegionProviderProps = CommonProps &
  (
    | {
        /** A router you created with `createRegionRouter()` and will stop yourself. */
        router: RegionRouter;
        options?: undefined;
      }
    | {
        router?: undefined;
        /** Options for a router the provider owns. @defaultValue `{}` (primary region, dev ports) */
        options?: RegionRouterOptions | undefined;
      }
  );

/**
 * Makes a region router available to {@link useRegionStatus} and
 * {@link useRegionRouter}. Renders no markup of its own.
 *
 * StrictMode-safe: the dev-only mount → unmount → mount cycle stops and
 * restarts the same router, so no checks or timers leak.
 */
export function RegionProvider(props: RegionProviderProps): ReactElement {
  const { router: given, options, autoStart = true, children } = props;
  // Created during the first render so children can read status at once;
  // creating has no side effects (nothing runs before start()).
  const [owned] = useState<RegionRouter | null>(() => (given ? null : createRegionRouter(options)));
  const router = given ?? owned;
  if (!router) {
    throw new Error(
      'RegionProvider: the `router` prop was removed after mount. Pass a `key` to remount the provider when switching between `router` and `options`.',
    );
  }

  useEffect(() => {
    if (!autoStart) return undefined;
    router.start();
    return router === owned ? () => router.stop() : undefined;
  }, [router, owned, autoStart]);

  return <RegionContext.Provider value={router}>{children}</RegionContext.Provider>;
}
