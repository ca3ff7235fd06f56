/** @jsxImportSource @emotion/react */
import type { ReactNode } from 'react';

import { useDemoStrings } from '../i18n/strings';
import { useSession } from '../session/SessionContext';
import { FetchErrorState } from './FetchErrorState';

/** When `/api/geo` failed, says so (with a retry) while the page works from `?country=`. */
export function GeoNotice(): ReactNode {
  const t = useDemoStrings();
  const { session, changeVisitor } = useSession();
  if (!session.geoError) return null;
  const code = session.requested ?? session.jurisdiction.subdivision ?? session.jurisdiction.country;
  return (
    <div css={{ marginBlockEnd: '1.5rem' }}>
      <FetchErrorState title={t('error.geo')} error={session.geoError} onRetry={() => changeVisitor(code)}>
        {t('home.geoFallback')}
      </FetchErrorState>
    </div>
  );
}
