/** @jsxImportSource @emotion/react */
import { useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

import { PortalContainerContext, useGlobalkit } from './GlobalkitContext';
import { rootStyles } from './rootStyles';

/**
 * The nearest provider's portal container: an element in `document.body`
 * carrying the provider's `dir` and `lang` (for third-party overlay
 * libraries that take a container). Null on the server and before mount.
 */
export function usePortalContainer(): HTMLElement | null {
  const host = useContext(PortalContainerContext);
  return useSyncExternalStore(host.subscribe, host.get, getNull);
}

const getNull = () => null;

/** Props of {@link Portal}. */
export interface PortalProps {
  readonly children?: ReactNode;
  /**
   * Where to render instead of the provider's container.
   * @defaultValue the nearest provider's portal container
   */
  readonly container?: HTMLElement | null | undefined;
}

/**
 * Renders children outside the DOM tree (dialogs, popovers, toasts) while
 * keeping the provider's direction, language, emotion cache and theme:
 * React context flows through the portal, and the wrapper repeats
 * `dir`/`lang` and the root typography. Renders nothing until mounted.
 */
export function Portal({ children, container }: PortalProps): ReactNode {
  const { dir, locale, theme } = useGlobalkit();
  const portalContainer = usePortalContainer();
  const target = container ?? portalContainer;
  if (!target) return null;
  return createPortal(
    <div dir={dir} lang={locale} data-gk-portal-root="" css={rootStyles(theme, locale)}>
      {children}
    </div>,
    target,
  );
}
