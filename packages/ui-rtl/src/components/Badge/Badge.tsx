/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { toneAccent } from './toneColors';
import type { StatusTone } from './toneColors';

/** Props of {@link Badge}. */
export interface BadgeProps extends ComponentPropsWithoutRef<'span'> {
  /**
   * The status text. Required: the text carries the meaning, the tone color
   * and dot only reinforce it (WCAG 1.4.1, use of color).
   */
  children: ReactNode;
  /** Status tone (accent color of border and dot). @defaultValue 'neutral' */
  tone?: StatusTone | undefined;
  /** Show a decorative dot before the text (at the inline start). @defaultValue false */
  dot?: boolean | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The root `<span>` (React 19: a plain prop). */
  ref?: Ref<HTMLSpanElement> | undefined;
}

/**
 * A small status label. Parts: `dot` (decorative, `aria-hidden`), `label`;
 * state: `data-tone`, `data-dot`.
 */
export function Badge({ tone = 'neutral', dot = false, dir, children, ref, ...rest }: BadgeProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  const accent = toneAccent(theme, tone);
  return (
    <span
      ref={ref}
      dir={dir === undefined ? undefined : direction}
      data-tone={tone}
      data-dot={dot ? '' : undefined}
      css={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: theme.space.xs,
        paddingBlock: theme.space.xxs,
        paddingInline: theme.space.sm,
        borderRadius: theme.radii.pill,
        border: `1px solid ${accent}`,
        background: theme.colors.surfaceRaised,
        color: theme.colors.text,
        fontSize: theme.fontSizes.sm,
        fontWeight: theme.fontWeights.medium,
        lineHeight: 1.25,
        whiteSpace: 'nowrap',
        verticalAlign: 'middle',
      }}
      {...rest}
    >
      {dot ? (
        <span
          data-part="dot"
          aria-hidden
          css={{
            inlineSize: '0.5em',
            blockSize: '0.5em',
            flexShrink: 0,
            borderRadius: theme.radii.pill,
            background: accent,
          }}
        />
      ) : null}
      <span data-part="label">{children}</span>
    </span>
  );
}
