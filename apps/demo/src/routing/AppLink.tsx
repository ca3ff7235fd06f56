import { Link } from '@globalkit/ui-rtl';
import type { LinkProps } from '@globalkit/ui-rtl';
import type { MouseEvent, ReactNode } from 'react';

import { navigate } from './history';
import { useLocation } from './useLocation';

export interface AppLinkProps extends Omit<LinkProps, 'href'> {
  /** A route path such as `/pricing`; the current query string is kept. */
  readonly to: string;
  readonly children: ReactNode;
}

/** An in-app link: a real `<a href>` (open in new tab works) that navigates without a reload. */
export function AppLink({ to, onClick, children, ...rest }: AppLinkProps): ReactNode {
  const { search } = useLocation();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Let the browser handle modified clicks (new tab, download…).
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Link href={`${to}${search}`} onClick={handleClick} {...rest}>
      {children}
    </Link>
  );
}
