import { createContext, useContext } from 'react';

import type { RegionRouter } from '../routerTypes';

/** @internal */
export const RegionContext = createContext<RegionRouter | null>(null);
RegionContext.displayName = 'RegionContext';

/**
 * The provider's router, or a developer-facing error naming the hook that
 * was called outside `<RegionProvider>`.
 *
 * @internal
 */
export function useRequiredRouter(hook: string): RegionRouter {
  const router = useContext(RegionContext);
  if (!router) {
    throw new Error(
      `${hook}() must be used inside <RegionProvider>. Wrap the component tree (or the test/story) ` +
        'in <RegionProvider options={{ jurisdiction: "DE" }}> or <RegionProvider router={router}>.',
    );
  }
  return router;
}
