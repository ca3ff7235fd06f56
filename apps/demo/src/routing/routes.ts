/** The demo's pages; anything else is the not-found view. */
export type RouteId = 'home' | 'pricing' | 'status' | 'privacy' | 'notFound';

export const NAV_ROUTES = [
  { id: 'home', path: '/' },
  { id: 'pricing', path: '/pricing' },
  { id: 'status', path: '/status' },
  { id: 'privacy', path: '/privacy' },
] as const satisfies readonly { id: RouteId; path: string }[];

/** Matches a pathname (a trailing slash is tolerated) to a route. */
export function routeFor(pathname: string): RouteId {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return NAV_ROUTES.find((route) => route.path === trimmed)?.id ?? 'notFound';
}
