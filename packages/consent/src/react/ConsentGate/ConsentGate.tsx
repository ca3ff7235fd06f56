import { useEffect } from 'react';
import type { ReactNode, ScriptHTMLAttributes } from 'react';

import type { ConsentCategory, ConsentPurpose } from '../../types';
import { useConsent } from '../ConsentProvider/useConsent';

/** Props of {@link ConsentGate}. */
export interface ConsentGateProps {
  /** Category (or separate purpose) that must be allowed. */
  readonly category: ConsentCategory | ConsentPurpose;
  /** Script to insert into `<head>` once allowed (at most once per page). */
  readonly src?: string | undefined;
  /** Extra attributes for that script (`async` is set by default). */
  readonly scriptProps?: Omit<
    ScriptHTMLAttributes<HTMLScriptElement>,
    'src' | 'children' | 'dangerouslySetInnerHTML'
  >;
  /** Called once the script has loaded. */
  readonly onLoad?: (() => void) | undefined;
  /** Rendered only while the category is allowed. */
  readonly children?: ReactNode;
  /** Rendered while it is not (e.g. a click-to-load placeholder). */
  readonly fallback?: ReactNode;
}

// Page-wide: a script inserted once is never inserted again, even by another gate.
const inserted = new Set<string>();

/**
 * Renders `children` and loads `src` only while `category` is allowed.
 * Withdrawal unmounts the children and stops future loads; a script that
 * already ran cannot be "unloaded", so it is left alone (reload the page to
 * drop it — see README).
 */
export function ConsentGate({
  category,
  src,
  scriptProps,
  onLoad,
  children,
  fallback = null,
}: ConsentGateProps): ReactNode {
  const allowed = useConsent().isAllowed(category);
  useEffect(() => {
    // Effects never run on the server, so nothing loads before hydration confirms consent.
    if (!allowed || !src || inserted.has(src)) return;
    inserted.add(src);
    const script = document.createElement('script');
    script.async = true;
    for (const [name, value] of Object.entries(scriptProps ?? {})) {
      if (typeof value === 'string' || value === true)
        script.setAttribute(
          name === 'crossOrigin' ? 'crossorigin' : name,
          String(value === true ? '' : value),
        );
    }
    if (onLoad) script.addEventListener('load', onLoad, { once: true });
    script.src = src;
    document.head.appendChild(script);
  }, [allowed, src, scriptProps, onLoad]);
  return allowed ? children : fallback;
}
