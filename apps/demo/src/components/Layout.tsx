/** @jsxImportSource @emotion/react */
import { ConsentBanner } from '@globalkit/consent/react';
import { Global } from '@emotion/react';
import { useTheme } from '@globalkit/ui-rtl';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

import { RouteOutlet } from '../routing/RouteOutlet';
import { useLocation } from '../routing/useLocation';
import { AnalyticsLoader } from './AnalyticsLoader';
import { GeoNotice } from './GeoNotice';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/** Page chrome around the current view. */
export function Layout(): ReactNode {
  const theme = useTheme();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(pathname);

  useEffect(() => {
    // After a client-side navigation, start screen readers and keyboards at the new content.
    // Compared with the last path rather than a "first run" flag: StrictMode runs effects twice
    // on mount, and a flag would focus (and scroll to) main on a page that was just opened.
    if (shown.current === pathname) return;
    shown.current = pathname;
    main.current?.focus();
  }, [pathname]);

  return (
    <div css={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Global styles={{ body: { margin: 0, background: theme.colors.surface } }} />
      <SkipLink />
      <SiteHeader />
      <main
        id="main"
        ref={main}
        tabIndex={-1}
        css={{
          flex: 1,
          width: '100%',
          maxWidth: '72rem',
          marginInline: 'auto',
          paddingBlock: theme.space.xl,
          paddingInline: theme.space.xl,
          boxSizing: 'border-box',
          '&:focus': { outline: 'none' },
        }}
      >
        <GeoNotice />
        <RouteOutlet />
      </main>
      <SiteFooter />
      <ConsentBanner
        privacyPolicyHref="/privacy"
        settingsButton={false}
        // Accept all and Reject all must be equally prominent; the package sizes them to their
        // text, which differs by language ("Alle akzeptieren" / "Alle ablehnen"). See README.
        css={{ '[data-action="accept-all"], [data-action="reject-all"]': { minWidth: '12rem' } }}
      />
      <AnalyticsLoader />
    </div>
  );
}
