/** @jsxImportSource @emotion/react */
import { useConsent } from '@globalkit/consent/react';
import { getLocaleDisplayName, useLocale } from '@globalkit/i18n';
import { useActiveRegion } from '@globalkit/regions/react';
import { Card, Heading, Icon, Inline, Stack, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useDemoStrings, useRegionStrings } from '../i18n/strings';
import { AppLink } from '../routing/AppLink';
import { useSession } from '../session/SessionContext';

const SECTIONS = [
  { id: 'pricing', path: '/pricing' },
  { id: 'status', path: '/status' },
  { id: 'privacy', path: '/privacy' },
] as const;

/** What the demo knows about this visit, and a way into each page. */
export function HomeView(): ReactNode {
  const t = useDemoStrings();
  const regions = useRegionStrings();
  const { locale } = useLocale();
  const { session } = useSession();
  const active = useActiveRegion();
  const { policy } = useConsent();
  useDocumentTitle(undefined);
  const { jurisdiction, geo } = session;
  const countryName = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }).of(
    jurisdiction.country,
  );
  const rows: readonly [string, string][] = [
    [t('home.country'), countryName ?? jurisdiction.country],
    [t('home.jurisdiction'), jurisdiction.subdivision ?? jurisdiction.country],
    [t('home.homeRegion'), regions(`name.${jurisdiction.homeRegion}`)],
    [t('home.zone'), regions(`zone.${jurisdiction.residencyZone}`)],
    [t('home.servedBy'), active ? regions(`name.${active}`) : t('regionIndicator.unavailable')],
    [t('home.language'), getLocaleDisplayName(locale, locale) ?? locale],
    [t('home.privacyFramework'), t(`privacy.framework.${policy.framework}`)],
  ];
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Text as="p" size="sm" weight="bold" tone="primary">
          {t('app.tagline')}
        </Text>
        <Heading level={1}>{t('home.title')}</Heading>
        <Text as="p" tone="muted">
          {t('home.intro')}
        </Text>
      </Stack>
      <Card as="section" aria-labelledby="visit-summary" data-testid="visit-summary">
        <Stack gap="md">
          <Heading level={2} size="lg" id="visit-summary">
            {t('home.summary')}
          </Heading>
          {geo && !geo.known ? (
            <Text as="p">
              {t('home.unknownCountry', {
                code: geo.country,
                region: regions(`name.${jurisdiction.homeRegion}`),
              })}
            </Text>
          ) : null}
          <dl
            css={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.5rem 1.5rem', margin: 0 }}
          >
            {rows.map(([term, value]) => (
              <div key={term} css={{ display: 'contents' }}>
                <dt css={{ fontWeight: 700 }}>{term}</dt>
                <dd css={{ margin: 0 }}>{value}</dd>
              </div>
            ))}
          </dl>
        </Stack>
      </Card>
      <div
        css={{ display: 'grid', gap: '1.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))' }}
      >
        {SECTIONS.map((section) => (
          <Card as="section" key={section.id} aria-labelledby={`home-${section.id}`}>
            <Stack gap="sm" align="start">
              <Heading level={2} size="lg" id={`home-${section.id}`}>
                {t(`nav.${section.id}`)}
              </Heading>
              <Text as="p">{t(`home.card.${section.id}`)}</Text>
              <AppLink to={section.path}>
                <Inline as="div" gap="xs" align="center" css={{ display: 'inline-flex' }}>
                  {t(`home.open.${section.id}`)}
                  {/* Points along the reading direction: mirrored in RTL by ui-rtl. */}
                  <Icon name="arrowForward" size="1em" />
                </Inline>
              </AppLink>
            </Stack>
          </Card>
        ))}
      </div>
    </Stack>
  );
}
