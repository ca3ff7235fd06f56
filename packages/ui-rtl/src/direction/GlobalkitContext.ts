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
 * The nearest provider's portal container, in a context of its own: the
 * container only exists once the provider has mounted, and had it been part
 * of {@link GlobalkitContextValue} its arrival would re-render every
 * component that reads the direction or theme — the whole app, synchronously,
 * right after the first commit. Only portals read this one.
 */
export const PortalContainerContext = createContext<HTMLElement | null>(null);

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
