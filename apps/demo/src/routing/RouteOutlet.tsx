import { lazy, Suspense, useEffect } from 'react';
import type { ReactNode } from 'react';

import { LoadingState } from '../components/LoadingState';
import { ViewErrorBoundary } from '../components/ViewErrorBoundary';
import { routeFor } from './routes';
import type { RouteId } from './routes';
import { useLocation } from './useLocation';

// One chunk per view keeps the initial bundle to the shell.
const loaders = {
  home: () => import('../views/HomeView').then((m) => ({ default: m.HomeView })),
  pricing: () => import('../views/PricingView').then((m) => ({ default: m.PricingView })),
  status: () => import('../views/StatusView').then((m) => ({ default: m.StatusView })),
  privacy: () => import('../views/PrivacyView').then((m) => ({ default: m.PrivacyView })),
  notFound: () => import('../views/NotFoundView').then((m) => ({ default: m.NotFoundView })),
} satisfies Record<RouteId, () => Promise<{ default: () => ReactNode }>>;

const views: Record<RouteId, ReturnType<typeof lazy>> = {
  home: lazy(loaders.home),
  pricing: lazy(loaders.pricing),
  status: lazy(loaders.status),
  privacy: lazy(loaders.privacy),
  notFound: lazy(loaders.notFound),
};

/** Views whose chunk has arrived: rendered directly, so they never show the fallback. */
const loaded: Partial<Record<RouteId, () => ReactNode>> = {};

/**
 * Starts downloading the view of `pathname` now (boot calls it while geo and
 * the strings load), so the view's chunk is not one more round trip after
 * them; once it has arrived the view renders without a Suspense fallback (a
 * fallback replaced by the view would move the footer: a layout shift).
 * Never rejects.
 */
export function preloadRoute(pathname: string): Promise<void> {
  const route = routeFor(pathname);
  return loaders[route]().then(
    (module) => {
      loaded[route] = module.default;
    },
    () => undefined,
  );
}

/** Marks the page ready for tests once the first view has rendered (`<html data-app-ready>`). */
function ReadyMarker({ route }: { readonly route: RouteId }): null {
  useEffect(() => {
    document.documentElement.dataset['appReady'] = 'true';
    document.documentElement.dataset['route'] = route;
  }, [route]);
  return null;
}

/** Renders the current route's lazily loaded view. */
export function RouteOutlet(): ReactNode {
  const { pathname } = useLocation();
  const route = routeFor(pathname);
  const View = loaded[route] ?? views[route];
  return (
    <ViewErrorBoundary key={route}>
      <Suspense fallback={<LoadingState page />}>
        <View />
        <ReadyMarker route={route} />
      </Suspense>
    </ViewErrorBoundary>
  );
}
