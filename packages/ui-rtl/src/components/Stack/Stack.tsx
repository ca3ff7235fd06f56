/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import type { SpaceToken } from '../../theme/tokens';
import { flexLayout } from './flexLayout';
import type { FlexAlign, FlexJustify } from './flexLayout';

/** Props of {@link Stack}. */
export interface StackProps extends ComponentPropsWithoutRef<'div'> {
  /** Element to render (`ul`/`ol` for lists). @defaultValue 'div' */
  as?: 'div' | 'section' | 'ul' | 'ol' | 'nav' | undefined;
  /** Space between children, from the spacing scale. @defaultValue 'md' */
  gap?: SpaceToken | undefined;
  /** Inline alignment of children (`start` is right in RTL). @defaultValue 'stretch' */
  align?: FlexAlign | undefined;
  /** Block distribution of children. @defaultValue 'start' */
  justify?: FlexJustify | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

/** Children in a column with even gaps. */
export function Stack({
  as = 'div',
  gap = 'md',
  align = 'stretch',
  justify = 'start',
  dir,
  ref,
  ...rest
}: StackProps): ReactNode {
  const theme = useTheme();
  // Polymorphic only over block containers; typing them as div keeps props simple.
  const Tag = as as 'div';
  const direction = useResolvedDir(dir);
  return (
    <Tag
      ref={ref}
      dir={dir === undefined ? undefined : direction}
      data-gap={gap}
      css={flexLayout(theme, 'column', gap, align, justify, false)}
      {...rest}
    />
  );
}
