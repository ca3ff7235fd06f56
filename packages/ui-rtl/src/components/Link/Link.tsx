/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { focusRing, visuallyHidden } from '../../styles/mixins';
import { Icon } from '../Icon/Icon';

/** Props of {@link Link}. */
export interface LinkProps extends ComponentPropsWithoutRef<'a'> {
  /** Destination (required: an `<a>` without `href` is not a link). */
  href: string;
  /**
   * Opens in a new tab: `target="_blank"`, `rel="noopener noreferrer"` (merged
   * with any `rel` you pass), the `externalLink` icon (mirrored in RTL) and the
   * visually hidden `ui:icon.externalLink` text so screen readers hear it too.
   * @defaultValue false
   */
  external?: boolean | undefined;
  /**
   * `'always'` keeps the underline, so links inside text are not told apart
   * by color alone (WCAG 1.4.1). Use `'hover'` only for standalone links
   * whose context marks them as links (navigation, lists); they still get the
   * underline on hover and keyboard focus.
   * @defaultValue 'always'
   */
  underline?: 'always' | 'hover' | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<a>` element (React 19: a plain prop). */
  ref?: Ref<HTMLAnchorElement> | undefined;
}

/**
 * An anchor. Parts: `label`, `icon` (external only); state: `data-external`,
 * `data-underline`.
 */
export function Link({
  href,
  external = false,
  underline = 'always',
  dir,
  target,
  rel,
  children,
  ref,
  ...rest
}: LinkProps): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const relTokens = new Set((rel ?? '').split(/\s+/).filter(Boolean));
  if (external) {
    relTokens.add('noopener');
    relTokens.add('noreferrer');
  }
  return (
    <a
      ref={ref}
      href={href}
      target={target ?? (external ? '_blank' : undefined)}
      rel={relTokens.size > 0 ? [...relTokens].join(' ') : undefined}
      dir={dir === undefined ? undefined : direction}
      data-external={external ? '' : undefined}
      data-underline={underline}
      css={{
        color: theme.colors.primary,
        textDecorationLine: 'underline',
        textDecorationThickness: '1px',
        textUnderlineOffset: '0.2em',
        borderRadius: theme.radii.sm,
        cursor: 'pointer',
        ...focusRing(theme),
        '&[data-underline="hover"]': { textDecorationLine: 'none' },
        '&[data-underline="hover"]:hover, &[data-underline="hover"]:focus-visible': {
          textDecorationLine: 'underline',
        },
        '&:hover': { color: theme.colors.primaryHover, textDecorationThickness: '2px' },
      }}
      {...rest}
    >
      <span data-part="label">{children}</span>
      {external ? (
        <>
          <Icon
            data-part="icon"
            name="externalLink"
            dir={direction}
            size="1em"
            css={{ marginInlineStart: theme.space.xxs }}
          />
          <span css={visuallyHidden}> {t('icon.externalLink')}</span>
        </>
      ) : null}
    </a>
  );
}
