/** @jsxImportSource @emotion/react */
import { Spinner } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useCommonStrings } from '../i18n/strings';

export interface LoadingStateProps {
  readonly label?: string | undefined;
  /**
   * Stands in for a whole page: at least a screen tall, so the footer starts
   * below the fold and the content that replaces it never pushes visible
   * parts of the page around (no layout shift when a page's data arrives).
   */
  readonly page?: boolean | undefined;
}

/** The one loading indicator of every fetch and lazy view (`data-testid="loading"`). */
export function LoadingState({ label, page = false }: LoadingStateProps): ReactNode {
  const t = useCommonStrings();
  return (
    <div
      data-testid="loading"
      role="status"
      aria-live="polite"
      css={page ? { minHeight: '100vh' } : undefined}
    >
      <Spinner label={label ?? t('state.loading')} />
    </div>
  );
}
