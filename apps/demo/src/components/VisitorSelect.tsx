import { useLocale } from '@globalkit/i18n';
import { Select } from '@globalkit/ui-rtl';
import { useMemo } from 'react';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../i18n/strings';
import { visitorLabel, visitorOptions } from '../lib/visitorCountries';
import { useSession } from '../session/SessionContext';

/** "Simulate visitor from…": a native select of country codes (`data-testid="visitor-country"`). */
export function VisitorSelect(): ReactNode {
  const t = useDemoStrings();
  const { locale } = useLocale();
  const { session, switching, changeVisitor } = useSession();
  const current = session.requested ?? session.jurisdiction.subdivision ?? session.jurisdiction.country;
  const options = useMemo(() => {
    const names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    const subdivision = (country: string, code: string) => t('visitor.option', { country, code });
    return visitorOptions(current).map((code) => ({
      value: code,
      label: visitorLabel(code, names, subdivision),
    }));
  }, [locale, current, t]);
  return (
    <Select
      label={t('visitor.label')}
      options={options}
      placeholder={false}
      value={current}
      onValueChange={changeVisitor}
      aria-busy={switching}
      data-testid="visitor-country"
    />
  );
}
