/** @jsxImportSource @emotion/react */
import { Global } from '@emotion/react';
import { useTheme } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { BrandNav, HeaderFrame } from './SiteHeader';
import { LoadingState } from './LoadingState';
import { SkipLink } from './SkipLink';

/**
 * What the visitor sees while `/api/geo` is still out: the localized app
 * name and navigation, and a loading state where the page goes. It needs the
 * strings of the negotiated locale only — no session, router or consent
 * policy — so a slow or unreachable home region never leaves the page blank.
 */
export function BootShell(): ReactNode {
  const theme = useTheme();
  return (
    <div css={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Global styles={{ body: { margin: 0, background: theme.colors.surface } }} />
      <SkipLink />
      <HeaderFrame>
        <BrandNav />
      </HeaderFrame>
      <main
        id="main"
        tabIndex={-1}
        aria-busy="true"
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
        <LoadingState />
      </main>
    </div>
  );
}
