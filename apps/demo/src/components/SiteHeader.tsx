/** @jsxImportSource @emotion/react */
import { useActiveRegion } from '@globalkit/regions/react';
import { getRegion } from '@globalkit/regions';
import { Inline, LanguageSwitcher, useTheme } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../i18n/strings';
import { AppLink } from '../routing/AppLink';
import { NAV_ROUTES } from '../routing/routes';
import { useLocation } from '../routing/useLocation';
import { useSession } from '../session/SessionContext';
import { CurrencyPicker } from './CurrencyPicker';
import { RegionIndicator } from './RegionIndicator';
import { VisitorSelect } from './VisitorSelect';

/** App name, main navigation and the visitor's controls (country, language, currency, region). */
export function SiteHeader(): ReactNode {
  const { session } = useSession();
  // Only the serving region: the header (and every control in it) then does not re-render on each
  // health check, which React renders synchronously — three times during the first second.
  const active = useActiveRegion();
  // The serving region's languages first; its home region's when nothing serves.
  const priority = getRegion(active ?? session.jurisdiction.homeRegion).languages;
  return (
    <HeaderFrame>
      <BrandNav />
      <Inline gap="lg" align="end" wrap>
        <VisitorSelect />
        <div data-testid="language-switcher">
          <LanguageSwitcher priorityLocales={priority} showLabel />
        </div>
        <CurrencyPicker />
        <RegionIndicator />
      </Inline>
    </HeaderFrame>
  );
}

/** The app name and the main navigation: the part of the header that needs no session (also the boot shell's). */
export function BrandNav(): ReactNode {
  const t = useDemoStrings();
  const theme = useTheme();
  const { pathname } = useLocation();
  return (
    <Inline gap="xl" align="center" wrap>
      <AppLink to="/" underline="hover" css={{ fontWeight: 700, fontSize: theme.fontSizes.lg }}>
        {t('app.name')}
      </AppLink>
      <nav aria-label={t('nav.label')}>
        <Inline as="ul" gap="lg" css={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {NAV_ROUTES.map((route) => (
            <li key={route.id}>
              <AppLink
                to={route.path}
                underline="hover"
                aria-current={pathname === route.path ? 'page' : undefined}
                css={{ '&[aria-current="page"]': { fontWeight: 700, textDecoration: 'underline' } }}
              >
                {t(`nav.${route.id}`)}
              </AppLink>
            </li>
          ))}
        </Inline>
      </nav>
    </Inline>
  );
}

/** The header's frame; the boot shell renders it with the brand and navigation only. */
export function HeaderFrame({ children }: { readonly children: ReactNode }): ReactNode {
  const theme = useTheme();
  return (
    <header
      css={{
        borderBlockEnd: `1px solid ${theme.colors.border}`,
        background: theme.colors.surfaceRaised,
        paddingBlock: theme.space.md,
        paddingInline: theme.space.xl,
      }}
    >
      <Inline gap="xl" align="center" justify="between" wrap>
        {children}
      </Inline>
    </header>
  );
}
