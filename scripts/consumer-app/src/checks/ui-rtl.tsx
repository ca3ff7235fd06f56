// What a user of @globalkit/ui-rtl sees: components styled through the
// direction-matched emotion cache, mirrored in Arabic, with translated labels,
// and the Arabic web font the package ships itself (package.json "imports").
import { I18nProvider, createI18n } from '@globalkit/i18n';
import { Button, GlobalkitProvider, Icon, Spinner, loadFontsFor } from '@globalkit/ui-rtl';
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';

import { Result } from '../Result';

const i18n = createI18n({
  locale: 'ar',
  namespaces: ['common', 'ui'],
  mode: 'production',
  storageKey: false,
  cookieName: false,
  syncDocument: false,
});

function Status() {
  const ref = useRef<HTMLButtonElement>(null);
  const [seen, setSeen] = useState<{ className: string; iconStartIsRight: boolean; spinner: string } | null>(
    null,
  );
  // "<faces loaded for an Arabic word> <their unicode-range>": the small Arabic-and-Persian face only.
  const [arabicFont, setArabicFont] = useState<string | null>(null);
  useEffect(() => {
    void loadFontsFor('ar')
      .then(() => document.fonts.load('400 16px "Noto Sans Arabic"', 'متابعة'))
      .then((faces) => setArabicFont(`${faces.length} ${faces.map((face) => face.unicodeRange).join(' ')}`))
      .catch((error: unknown) => setArabicFont(String(error)));
  }, []);
  useLayoutEffect(() => {
    const button = ref.current;
    const start = button?.querySelector('[data-part="icon-start"]')?.getBoundingClientRect();
    const label = button?.querySelector('[data-part="label"]')?.getBoundingClientRect();
    setSeen({
      className: button?.className ?? '',
      iconStartIsRight: Boolean(start && label && start.left > label.left),
      spinner: document.querySelector('[role="status"]')?.textContent ?? '',
    });
  }, []);
  return (
    <>
      <Button ref={ref} iconStart={<Icon name="arrowBack" />}>
        متابعة
      </Button>
      <Spinner />
      <Result
        pkg="@globalkit/ui-rtl"
        pending={seen === null || arabicFont === null}
        expectations={[
          { label: 'RTL emotion cache', actual: seen?.className.includes('gk-rtl'), expected: true },
          { label: 'start icon on the right in Arabic', actual: seen?.iconStartIsRight, expected: true },
          {
            label: 'spinner label in Arabic',
            actual: /\p{Script=Arabic}/u.test(seen?.spinner ?? ''),
            expected: true,
          },
          {
            label: 'Arabic font: one face, the Arabic and Persian slice',
            actual: arabicFont?.replace(/\s/g, ''),
            expected:
              '1U+600-670,U+67E,U+686,U+698,U+6A9,U+6AF,U+6C0,U+6CC,U+6F0-6F9,U+200C-200E,U+2010-2011',
          },
        ]}
      />
    </>
  );
}

export function Check() {
  return (
    <Suspense fallback={<p>loading translations</p>}>
      <I18nProvider i18n={i18n}>
        <GlobalkitProvider loadFonts={false}>
          <Status />
        </GlobalkitProvider>
      </I18nProvider>
    </Suspense>
  );
}
