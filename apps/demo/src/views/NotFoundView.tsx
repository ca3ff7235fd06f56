import { Heading, Icon, Stack, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useDemoStrings } from '../i18n/strings';
import { AppLink } from '../routing/AppLink';
import { useLocation } from '../routing/useLocation';

/** Any path that is not one of the four pages. */
export function NotFoundView(): ReactNode {
  const t = useDemoStrings();
  const { pathname } = useLocation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Stack gap="lg" align="start" data-testid="not-found">
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Text as="p">{t('notFound.body', { path: '\u2068' + pathname + '\u2069' })}</Text>
      <AppLink to="/">
        <Icon name="arrowBack" size="1em" /> {t('notFound.home')}
      </AppLink>
    </Stack>
  );
}
