import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

import { FetchErrorState } from './FetchErrorState';
import { useDemoStrings } from '../i18n/strings';

function ViewError({ onRetry }: { readonly onRetry: () => void }): ReactNode {
  const t = useDemoStrings();
  // A view chunk that failed to load is a network failure as far as the visitor can tell.
  return <FetchErrorState title={t('error.view')} error={{ kind: 'network' }} onRetry={onRetry} />;
}

interface State {
  readonly failed: boolean;
}

/** Keeps the header and footer alive when a view (or its chunk) fails: a localized error, never a blank page. */
export class ViewErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('View failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) return <ViewError onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}
