// What a user of @globalkit/i18n does first: negotiate a locale, render
// translated strings from the lazily loaded chunk, switch to a right-to-left locale.
import {
  I18nProvider,
  createI18n,
  getDirection,
  negotiateLocale,
  parseAcceptLanguage,
  useI18n,
  useLocale,
} from '@globalkit/i18n';
import { Suspense, useEffect, useState } from 'react';

import { Result } from '../Result';

const i18n = createI18n({ locale: 'de', mode: 'production', storageKey: false, cookieName: false });

function Status() {
  const { t } = useI18n();
  const { locale, direction, setLocale } = useLocale();
  const [german] = useState(() => t('action.retry'));
  const [switched, setSwitched] = useState(false);
  useEffect(() => {
    void setLocale('ar').then(() => setSwitched(true));
  }, [setLocale]);
  return (
    <Result
      pkg="@globalkit/i18n"
      pending={!switched}
      expectations={[
        { label: 'negotiate en-AU', actual: negotiateLocale(['pt-BR', 'en-AU']), expected: 'en-GB' },
        {
          label: 'Accept-Language zh-TW',
          actual: negotiateLocale(parseAcceptLanguage('zh-TW,zh;q=0.9')),
          expected: 'zh',
        },
        { label: 'direction az-Arab', actual: getDirection('az-Arab'), expected: 'rtl' },
        { label: 'German string before the switch', actual: german, expected: 'Erneut versuchen' },
        { label: 'switched locale', actual: [locale, direction], expected: ['ar', 'rtl'] },
        {
          label: 'html lang and dir',
          actual: [document.documentElement.lang, document.documentElement.dir],
          expected: ['ar', 'rtl'],
        },
        {
          label: 'Arabic strings from the lazy chunk',
          actual: /\p{Script=Arabic}/u.test(t('action.retry')),
          expected: true,
        },
      ]}
    />
  );
}

export function Check() {
  return (
    <Suspense fallback={<p>loading translations</p>}>
      <I18nProvider i18n={i18n}>
        <Status />
      </I18nProvider>
    </Suspense>
  );
}
