import type { Direction } from '@globalkit/i18n';
import { createContext, useContext } from 'react';

import { lightTheme } from '../theme/theme';
import type { ColorScheme, Theme } from '../theme/theme';

/** What a GlobalkitProvider tells the tree below it. */
export interface GlobalkitContextValue {
  readonly dir: Direction;
  readonly locale: string;
  readonly scheme: ColorScheme;
  readonly theme: Theme;
  readonly nonce: string | undefined;
}

/** Used when no provider is mounted: en-US, left to right, light. */
export const DEFAULT_CONTEXT: GlobalkitContextValue = {
  dir: 'ltr',
  locale: 'en-US',
  scheme: 'light',
  theme: lightTheme,
  nonce: undefined,
};

export const GlobalkitContext = createContext<GlobalkitContextValue | null>(null);

/**
 * The nearest provider's portal container, as a store: `get()` is the element
 * (null on the server and until the provider has mounted), `subscribe` hears
 * when it appears or goes.
 */
export interface PortalHost {
  readonly get: () => HTMLElement | null;
  readonly subscribe: (listener: () => void) => () => void;
}

const NO_PORTAL_HOST: PortalHost = { get: () => null, subscribe: () => () => undefined };

/**
 * The provider's {@link PortalHost}, in a context of its own whose value never
 * changes. The container only exists once the provider has mounted. Had the
 * element itself been a context value, its arrival would have re-rendered the
 * provider and made React search the whole tree below it for readers,
 * synchronously, right after the first commit: as part of
 * {@link GlobalkitContextValue} it re-rendered every component, and even in a
 * context of its own it cost the demo's pricing page 17–45 ms at 4× CPU.
 * Portals subscribe to the host, so only they re-render when it appears.
 */
export const PortalContainerContext = createContext<PortalHost>(NO_PORTAL_HOST);

/** The nearest provider's value, or the defaults. */
export function useGlobalkit(): GlobalkitContextValue {
  return useContext(GlobalkitContext) ?? DEFAULT_CONTEXT;
}

/** The direction components lay out in (the nearest `GlobalkitProvider`'s; `'ltr'` without one). */
export function useDirection(): Direction {
  return useGlobalkit().dir;
}

/** The active {@link Theme} (the nearest provider's, else the light theme). */
export function useTheme(): Theme {
  return useGlobalkit().theme;
}

/**
 * A component's effective direction: its own `dir` prop wins over context
 * (house style: `dir ?? context`).
 */
export function useResolvedDir(dir: string | undefined): Direction {
  const context = useDirection();
  return dir === 'rtl' || dir === 'ltr' ? dir : context;
}
