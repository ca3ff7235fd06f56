/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import type { SpaceToken } from '../../theme/tokens';
import { flexLayout } from '../Stack/flexLayout';
import type { FlexAlign, FlexJustify } from '../Stack/flexLayout';

/** Props of {@link Inline}. */
export interface InlineProps extends ComponentPropsWithoutRef<'div'> {
  /** Element to render. @defaultValue 'div' */
  as?: 'div' | 'section' | 'ul' | 'ol' | 'nav' | undefined;
  /** Space between children, from the spacing scale. @defaultValue 'sm' */
  gap?: SpaceToken | undefined;
  /** Block alignment of children. @defaultValue 'center' */
  align?: FlexAlign | undefined;
  /** Inline distribution (`start` is the right edge in RTL). @defaultValue 'start' */
  justify?: FlexJustify | undefined;
  /** Wrap onto new lines when out of room. @defaultValue true */
  wrap?: boolean | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

/** Children in a row that follows the reading direction. */
export function Inline({
  as = 'div',
  gap = 'sm',
  align = 'center',
  justify = 'start',
  wrap = true,
  dir,
  ref,
  ...rest
}: InlineProps): ReactNode {
  const theme = useTheme();
  // Polymorphic only over block containers; typing them as div keeps props simple.
  const Tag = as as 'div';
  const direction = useResolvedDir(dir);
  return (
    <Tag
      ref={ref}
      dir={dir === undefined ? undefined : direction}
      data-gap={gap}
      css={flexLayout(theme, 'row', gap, align, justify, wrap)}
      {...rest}
    />
  );
}
