/** @jsxImportSource @emotion/react */
import { CacheProvider, ThemeProvider } from '@emotion/react';
import { getDirection } from '@globalkit/i18n';
import type { Direction } from '@globalkit/i18n';
import { useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

import { loadFontsFor } from '../fonts/fonts';
import { darkTheme, lightTheme } from '../theme/theme';
import type { ColorScheme, Theme } from '../theme/theme';
import { cacheFor, getDirectionCaches } from './caches';
import { GlobalkitContext, PortalContainerContext } from './GlobalkitContext';
import type { GlobalkitContextValue, PortalHost } from './GlobalkitContext';
import { rootStyles } from './rootStyles';
import { useOptionalI18n } from '@globalkit/i18n';
import { useOptionalLocale } from './useOptionalI18n';

/** Props of {@link GlobalkitProvider}. */
export interface GlobalkitProviderProps {
  /**
   * Force a direction for this subtree (an LTR island such as a code sample
   * inside an Arabic page). Without it the direction follows the locale.
   * @defaultValue the locale's direction (`useLocale().direction`), or the parent provider's, or `'ltr'`
   */
  readonly dir?: Direction | undefined;
  /**
   * Color scheme; picks `lightTheme` or `darkTheme` when no `theme` is given.
   * @defaultValue the parent provider's scheme, else `'light'`
   */
  readonly scheme?: ColorScheme | undefined;
  /**
   * A full theme (e.g. from `createTheme`); wins over `scheme`.
   * @defaultValue `scheme === 'dark' ? darkTheme : lightTheme`
   */
  readonly theme?: Theme | undefined;
  /**
   * CSP nonce added to every `<style>` emotion inserts (`style-src 'nonce-…'`).
   * @defaultValue the parent provider's nonce, else none
   */
  readonly nonce?: string | undefined;
  /**
   * Load the locale's web fonts (`loadFontsFor`) when the locale changes.
   * @defaultValue true in a browser, false on a server
   */
  readonly loadFonts?: boolean | undefined;
  /** Class name of the root element (for layout of the island). */
  readonly className?: string | undefined;
  readonly children?: ReactNode;
}

/**
 * The direction engine. Reads the locale from the nearest `I18nProvider`
 * (none mounted: en-US, `ltr`), picks the matching emotion cache (`gk-ltr`
 * or `gk-rtl`, whose stylis chain flips physical properties), provides the
 * theme, and renders a root `<div dir lang>` with script-aware typography.
 * A locale switch re-renders every component with the other cache's class
 * names — no reload, no stale LTR rule. Nest it with `dir` for islands.
 */
export function GlobalkitProvider({
  dir,
  scheme,
  theme,
  nonce,
  loadFonts,
  className,
  children,
}: GlobalkitProviderProps): ReactNode {
  const parent = useContext(GlobalkitContext);
  const i18n = useOptionalI18n();
  const activeLocale = useOptionalLocale(i18n);
  const locale = activeLocale ?? parent?.locale ?? 'en-US';
  const direction: Direction = dir ?? (activeLocale ? getDirection(activeLocale) : (parent?.dir ?? 'ltr'));
  const resolvedNonce = nonce ?? parent?.nonce;
  const resolvedScheme = theme?.scheme ?? scheme ?? parent?.scheme ?? 'light';
  const resolvedTheme =
    theme ?? (scheme === undefined && parent ? parent.theme : undefined) ?? themeFor(resolvedScheme);
  const caches = useMemo(() => getDirectionCaches(resolvedNonce), [resolvedNonce]);
  const portalHost = usePortalHost(direction, locale);
  const shouldLoadFonts = loadFonts ?? typeof document !== 'undefined';

  useEffect(() => {
    if (shouldLoadFonts) void loadFontsFor(locale);
  }, [locale, shouldLoadFonts]);

  useEffect(() => {
    // Components read the `ui` namespace; make sure it is on its way for this locale.
    if (i18n && !i18n.i18next.hasLoadedNamespace('ui')) void i18n.i18next.loadNamespaces('ui');
  }, [i18n, locale]);

  const value = useMemo<GlobalkitContextValue>(
    () => ({
      dir: direction,
      locale,
      scheme: resolvedScheme,
      theme: resolvedTheme,
      nonce: resolvedNonce,
    }),
    [direction, locale, resolvedScheme, resolvedTheme, resolvedNonce],
  );

  return (
    <CacheProvider value={cacheFor(caches, direction)}>
      <ThemeProvider theme={resolvedTheme}>
        <GlobalkitContext.Provider value={value}>
          <PortalContainerContext.Provider value={portalHost}>
            <div
              dir={direction}
              lang={locale}
              data-gk-root=""
              data-scheme={resolvedScheme}
              className={className}
              css={rootStyles(resolvedTheme, locale)}
            >
              {children}
            </div>
          </PortalContainerContext.Provider>
        </GlobalkitContext.Provider>
      </ThemeProvider>
    </CacheProvider>
  );
}

function themeFor(scheme: ColorScheme): Theme {
  return scheme === 'dark' ? darkTheme : lightTheme;
}

/**
 * One container per provider in `document.body`, kept in sync with dir and
 * lang. It exists while the provider is mounted (null on the server). The
 * provider hands out the stable host, never the element, so creating the
 * element re-renders only the portals that read it, not the provider.
 */
function usePortalHost(dir: Direction, locale: string): PortalHost {
  const [host] = useState(createPortalHost);
  useEffect(() => host.attach(), [host]);
  useEffect(() => host.label(dir, locale), [host, dir, locale]);
  return host;
}

function createPortalHost() {
  let element: HTMLElement | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    get: () => element,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** Creates the container; the returned cleanup removes it. */
    attach(): () => void {
      element = document.createElement('div');
      element.setAttribute('data-gk-portal', '');
      document.body.appendChild(element);
      notify();
      return () => {
        element?.remove();
        element = null;
        notify();
      };
    },
    label(dir: Direction, locale: string): void {
      element?.setAttribute('dir', dir);
      element?.setAttribute('lang', locale);
    },
  };
}
