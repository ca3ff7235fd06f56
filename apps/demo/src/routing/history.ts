// A tiny history-API router: the four routes do not justify a router
// library in a 150 KB initial-JS budget.

/** Fired on `window` after every client-side navigation (the analytics example listens too). */
export const NAVIGATE_EVENT = 'demo:navigate';

export function subscribeToLocation(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

/** A string snapshot, so `useSyncExternalStore` sees a stable value between changes. */
export const locationSnapshot = (): string => `${window.location.pathname}${window.location.search}`;

/**
 * Goes to `pathname` keeping the current query string (`?country=`,
 * `?lng=`, `?poll=` stay with the visitor), or to `pathname + search` when
 * `search` is given.
 */
export function navigate(pathname: string, search: string = window.location.search): void {
  const target = `${pathname}${search}`;
  if (target === locationSnapshot()) return;
  window.history.pushState(null, '', target);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Replaces the query string in place: a simulated visitor is app state, not
 * a page, so Back must not restore a URL whose `?country=` the page no longer shows.
 */
export function replaceSearch(search: string): void {
  window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
