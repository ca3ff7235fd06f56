import { useSyncExternalStore } from 'react';

import { locationSnapshot, subscribeToLocation } from './history';

/** The current pathname and search, re-rendering on navigation and back/forward. */
export function useLocation(): { readonly pathname: string; readonly search: string } {
  const snapshot = useSyncExternalStore(subscribeToLocation, locationSnapshot, locationSnapshot);
  const index = snapshot.indexOf('?');
  return index < 0
    ? { pathname: snapshot, search: '' }
    : { pathname: snapshot.slice(0, index), search: snapshot.slice(index) };
}
