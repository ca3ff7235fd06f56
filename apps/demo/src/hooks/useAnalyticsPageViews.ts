import { useSyncExternalStore } from 'react';

interface DemoAnalytics {
  readonly pageViews: readonly unknown[];
}

declare global {
  interface Window {
    demoAnalytics?: DemoAnalytics;
  }
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('demo-analytics', listener);
  return () => window.removeEventListener('demo-analytics', listener);
}

const snapshot = (): number | null => window.demoAnalytics?.pageViews.length ?? null;

/** Page views recorded by `/analytics.js`, or null while the script is not loaded. */
export function useAnalyticsPageViews(): number | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
