/** @jsxImportSource @emotion/react */
import { useTheme } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../i18n/strings';

/** First focusable element: jumps keyboard users past the header to `#main`. */
export function SkipLink(): ReactNode {
  const t = useDemoStrings();
  const theme = useTheme();
  return (
    <a
      href="#main"
      css={{
        position: 'absolute',
        insetInlineStart: theme.space.md,
        insetBlockStart: '-10rem',
        zIndex: 100,
        padding: theme.space.sm,
        background: theme.colors.surface,
        color: theme.colors.text,
        '&:focus': { insetBlockStart: theme.space.md },
      }}
    >
      {t('skipToContent')}
    </a>
  );
}
