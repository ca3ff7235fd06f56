/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import type { FontSizeToken } from '../../theme/tokens';

/** Color role of text. */
export type TextTone = 'default' | 'muted' | 'primary' | 'danger';

/** Props of {@link Text}. */
export interface TextProps extends ComponentPropsWithoutRef<'span'> {
  /** Element to render. @defaultValue 'span' */
  as?: 'span' | 'p' | 'div' | 'strong' | 'em' | 'small' | undefined;
  /** Step of the type scale. @defaultValue 'md' */
  size?: FontSizeToken | undefined;
  /** @defaultValue 'regular' */
  weight?: 'regular' | 'medium' | 'bold' | undefined;
  /** @defaultValue 'default' */
  tone?: TextTone | undefined;
  /** Logical alignment (`start` is right in RTL). @defaultValue inherited */
  align?: 'start' | 'center' | 'end' | undefined;
  /** One line with an ellipsis at the inline end. @defaultValue false */
  truncate?: boolean | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  ref?: Ref<HTMLElement> | undefined;
}

/**
 * Body text on the type scale. `dir="auto"` is passed through for
 * user-generated content of unknown direction.
 */
export function Text({
  as = 'span',
  size = 'md',
  weight = 'regular',
  tone = 'default',
  align,
  truncate = false,
  dir,
  ref,
  ...rest
}: TextProps): ReactNode {
  const theme = useTheme();
  // Polymorphic only over phrasing/flow text elements; typed as span to keep props simple.
  const Tag = as as 'span';
  const direction = useResolvedDir(dir);
  const color = {
    default: theme.colors.text,
    muted: theme.colors.textMuted,
    primary: theme.colors.primary,
    danger: theme.colors.danger,
  }[tone];
  return (
    <Tag
      ref={ref as Ref<HTMLSpanElement> | undefined}
      dir={dir === 'auto' ? 'auto' : dir === undefined ? undefined : direction}
      data-tone={tone}
      data-size={size}
      css={{
        margin: 0,
        fontSize: theme.fontSizes[size],
        fontWeight: theme.fontWeights[weight],
        color,
        textAlign: align,
        ...(truncate && {
          display: 'block',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }),
      }}
      {...rest}
    />
  );
}
