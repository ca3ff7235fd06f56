import createCache from '@emotion/cache';
import type { EmotionCache } from '@emotion/cache';
import type { Direction } from '@globalkit/i18n';
import { prefixer } from 'stylis';

import { rtlPlugin } from './rtlPlugin';

/** The two emotion caches of one nonce. */
export interface DirectionCaches {
  readonly ltr: EmotionCache;
  readonly rtl: EmotionCache;
}

/** Class-name prefix (emotion cache key) of each direction: `gk-ltr-…`, `gk-rtl-…`. */
export const CACHE_KEYS = { ltr: 'gk-ltr', rtl: 'gk-rtl' } as const;

const browserCaches = new Map<string, DirectionCaches>();

/**
 * Builds an LTR and an RTL emotion cache. Different keys give different
 * class names, so switching direction can never reuse a stale LTR rule.
 * The RTL plugin runs before the prefixer: cssjanus must see the plain
 * declarations, and the prefixer then prefixes the flipped ones.
 */
export function createDirectionCaches(nonce?: string): DirectionCaches {
  const shared = nonce === undefined ? {} : { nonce };
  return {
    ltr: createCache({ key: CACHE_KEYS.ltr, stylisPlugins: [prefixer], ...shared }),
    rtl: createCache({ key: CACHE_KEYS.rtl, stylisPlugins: [rtlPlugin, prefixer], ...shared }),
  };
}

/**
 * The caches for a nonce: one pair per nonce in a browser (a page has one
 * style sheet), a fresh pair otherwise — a server cache shared between
 * requests would remember "already inserted" and drop styles from later pages.
 */
export function getDirectionCaches(nonce?: string): DirectionCaches {
  if (typeof document === 'undefined') return createDirectionCaches(nonce);
  const key = nonce ?? '';
  let caches = browserCaches.get(key);
  if (!caches) {
    caches = createDirectionCaches(nonce);
    browserCaches.set(key, caches);
  }
  return caches;
}

/** The cache for a direction. */
export function cacheFor(caches: DirectionCaches, dir: Direction): EmotionCache {
  return dir === 'rtl' ? caches.rtl : caches.ltr;
}
