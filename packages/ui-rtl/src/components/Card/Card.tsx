/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import type { elevation as elevationTokens } from '../../theme/tokens';

/** Elevation step of a card (a `theme.elevation` token). */
export type CardElevation = keyof typeof elevationTokens;

/** Props of {@link Card}. */
export interface CardProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Element to render. A `section` is a landmark only when named: pass
   * `aria-labelledby` pointing at the heading in your header.
   * @defaultValue 'div'
   */
  as?: 'section' | 'article' | 'div' | undefined;
  /** Content of the header slot (typically a `Heading`). @defaultValue undefined (no header) */
  header?: ReactNode;
  /** Content of the footer slot (typically actions). @defaultValue undefined (no footer) */
  footer?: ReactNode;
  /** Shadow token (single layer, zero x offset, so it needs no mirroring). @defaultValue 'sm' */
  elevation?: CardElevation | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The root element (React 19: a plain prop). */
  ref?: Ref<HTMLElement> | undefined;
}

/**
 * A raised surface. Parts: `header`, `body`, `footer`; state:
 * `data-elevation`. The footer lays its children out from the inline end
 * (actions sit right in LTR, left in RTL).
 */
export function Card({
  as = 'div',
  header,
  footer,
  elevation = 'sm',
  dir,
  children,
  ref,
  ...rest
}: CardProps): ReactNode {
  const theme = useTheme();
  const direction = useResolvedDir(dir);
  // Polymorphic over sectioning/flow elements with identical attributes; typed as div.
  const Tag = as as 'div';
  const { space } = theme;
  const divider = `1px solid ${theme.colors.surfaceHover}`;
  return (
    <Tag
      ref={ref as Ref<HTMLDivElement> | undefined}
      dir={dir === undefined ? undefined : direction}
      data-elevation={elevation}
      css={{
        display: 'flex',
        flexDirection: 'column',
        background: theme.colors.surface,
        color: theme.colors.text,
        border: divider,
        borderRadius: theme.radii.lg,
        boxShadow: theme.elevation[elevation],
        overflow: 'hidden',
        textAlign: 'start',
      }}
      {...rest}
    >
      {header !== undefined && header !== null ? (
        <div
          data-part="header"
          css={{ paddingInline: space.lg, paddingBlock: space.md, borderBlockEnd: divider }}
        >
          {header}
        </div>
      ) : null}
      <div data-part="body" css={{ paddingInline: space.lg, paddingBlock: space.lg, flexGrow: 1 }}>
        {children}
      </div>
      {footer !== undefined && footer !== null ? (
        <div
          data-part="footer"
          css={{
            display: 'flex',
            flexWrap: 'wrap',
            justifyContent: 'flex-end',
            gap: space.sm,
            paddingInline: space.lg,
            paddingBlock: space.md,
            borderBlockStart: divider,
          }}
        >
          {footer}
        </div>
      ) : null}
    </Tag>
  );
}
