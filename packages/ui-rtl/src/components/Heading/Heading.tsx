/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useGlobalkit, useResolvedDir } from '../../direction/GlobalkitContext';
import { lineHeightFor } from '../../fonts/fonts';
import type { FontSizeToken } from '../../theme/tokens';

/** Document outline level. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const DEFAULT_SIZE: Record<HeadingLevel, FontSizeToken> = {
  1: 'xxxl',
  2: 'xxl',
  3: 'xl',
  4: 'lg',
  5: 'md',
  6: 'sm',
};

/** Props of {@link Heading}. */
export interface HeadingProps extends ComponentPropsWithoutRef<'h2'> {
  /** Outline level → `<h1>`…`<h6>`. @defaultValue 2 */
  level?: HeadingLevel | undefined;
  /** Visual size, independent of the level. @defaultValue by level (1 → 'xxxl' … 6 → 'sm') */
  size?: FontSizeToken | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  ref?: Ref<HTMLHeadingElement> | undefined;
}

/** A section heading; `level` sets semantics, `size` sets looks. */
export function Heading({ level = 2, size, dir, ref, ...rest }: HeadingProps): ReactNode {
  const { theme, locale } = useGlobalkit();
  const direction = useResolvedDir(dir);
  const Tag = `h${level}` as const;
  const resolvedSize = size ?? DEFAULT_SIZE[level];
  return (
    <Tag
      ref={ref}
      dir={dir === undefined ? undefined : direction}
      data-level={level}
      data-size={resolvedSize}
      css={{
        margin: 0,
        fontSize: theme.fontSizes[resolvedSize],
        fontWeight: theme.fontWeights.bold,
        // Tighter than body text, but relative to the script: Arabic needs more room than Latin.
        lineHeight: lineHeightFor(locale) - 0.25,
        color: theme.colors.text,
        textAlign: 'start',
      }}
      {...rest}
    />
  );
}
