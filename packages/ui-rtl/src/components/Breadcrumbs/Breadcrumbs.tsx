/** @jsxImportSource @emotion/react */
import type { ComponentPropsWithoutRef, Key, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { Icon } from '../Icon/Icon';
import { Link } from '../Link/Link';

/** One step of the trail. */
export interface BreadcrumbItem {
  /** Visible text of the step. */
  label: ReactNode;
  /** Destination; the current page may omit it. @defaultValue undefined */
  href?: string | undefined;
  /** React key. @defaultValue `href`, else the index */
  key?: Key | undefined;
}

/** Props of {@link Breadcrumbs}. */
export interface BreadcrumbsProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  /** The trail from the root to the current page (the last item). */
  items: readonly BreadcrumbItem[];
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The `<nav>` element (React 19: a plain prop). */
  ref?: Ref<HTMLElement> | undefined;
}

/**
 * The APG breadcrumb pattern: a `nav` landmark named by
 * `ui:breadcrumbs.label` (override with `aria-label`), an ordered list of
 * links, `chevronEnd` separators hidden from assistive technology (mirrored
 * in RTL) and `aria-current="page"` on the last item. Parts: `item`,
 * `separator`.
 */
export function Breadcrumbs({ items, dir, ref, ...rest }: BreadcrumbsProps): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  return (
    <nav
      ref={ref}
      aria-label={t('breadcrumbs.label')}
      dir={dir === undefined ? undefined : direction}
      {...rest}
    >
      <ol
        css={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: theme.space.xs,
          margin: 0,
          padding: 0,
          listStyle: 'none',
          fontSize: theme.fontSizes.sm,
        }}
      >
        {items.map((item, index) => {
          const current = index === items.length - 1;
          return (
            <li
              key={item.key ?? item.href ?? index}
              css={{ display: 'inline-flex', alignItems: 'center', gap: theme.space.xs }}
            >
              {item.href === undefined ? (
                <span
                  data-part="item"
                  aria-current={current ? 'page' : undefined}
                  css={{ color: current ? theme.colors.text : theme.colors.textMuted }}
                >
                  {item.label}
                </span>
              ) : (
                <Link
                  data-part="item"
                  href={item.href}
                  underline={current ? 'hover' : 'always'}
                  aria-current={current ? 'page' : undefined}
                  css={current ? { color: theme.colors.text } : undefined}
                >
                  {item.label}
                </Link>
              )}
              {current ? null : (
                <Icon
                  data-part="separator"
                  name="chevronEnd"
                  dir={direction}
                  size="1em"
                  css={{ color: theme.colors.textMuted }}
                />
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
