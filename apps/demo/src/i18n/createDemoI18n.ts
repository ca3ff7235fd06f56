import { createI18n, extendLocaleLoaders, LOCALE_NAMESPACES } from '@globalkit/i18n';
import type { GlobalkitI18n } from '@globalkit/i18n';
import type { RegionId } from '@globalkit/regions';

import { localeLoaders } from '../generated/localeLoaders';

/**
 * One i18n instance for the SDK's namespaces and the app's `demo`
 * namespace. Every namespace of the negotiated locale loads up front (they
 * are small, one chunk each), so no view flashes empty text on first use.
 * `region` is undefined before geo has answered (no `?country=`): the
 * locale then comes from the visitor's own signals or en-US.
 */
export function createDemoI18n(region: RegionId | undefined): GlobalkitI18n {
  return createI18n({
    region,
    loaders: extendLocaleLoaders(localeLoaders),
    namespaces: [...LOCALE_NAMESPACES, 'demo'],
    // From Vite's mode, not import.meta.env.DEV: a `vite build` run with NODE_ENV=test (a test
    // runner's child) gets DEV=true, and a production bundle must never show ⟦missing-key⟧ markers.
    mode: import.meta.env.MODE === 'development' ? 'development' : 'production',
  });
}
