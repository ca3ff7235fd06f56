import { useEffect } from 'react';

import { useDemoStrings } from '../i18n/strings';

/** Sets `<title>` to "<page> · <app>" in the active locale (screen readers announce it on navigation). */
export function useDocumentTitle(page: string | undefined): void {
  const t = useDemoStrings();
  const app = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} · ${app}` : app;
  }, [page, app]);
}
