import { Alert, Button, Stack, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useCommonStrings, useDemoStrings } from '../i18n/strings';
import type { FetchFailure } from '../lib/fetchJson';

export interface FetchErrorStateProps {
  /** What could not be loaded, already translated ("Prices couldn’t be loaded."). */
  readonly title: string;
  readonly error: FetchFailure;
  readonly onRetry: () => void;
  /** More context under the message (e.g. what the page does meanwhile). */
  readonly children?: ReactNode;
}

/**
 * The localized error of a failed fetch with a retry (`data-testid="fetch-error"`).
 * Never shows server text or a stack: only the classified failure.
 */
export function FetchErrorState({ title, error, onRetry, children }: FetchErrorStateProps): ReactNode {
  const common = useCommonStrings();
  const demo = useDemoStrings();
  const message = messageFor(error, common, demo);
  return (
    <Alert tone="danger" title={title} data-testid="fetch-error" data-error-kind={error.kind}>
      <Stack gap="sm" align="start">
        <Text>{message}</Text>
        {children ? <Text>{children}</Text> : null}
        <Button variant="secondary" size="sm" onClick={onRetry}>
          {common('action.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

function messageFor(
  error: FetchFailure,
  common: ReturnType<typeof useCommonStrings>,
  demo: ReturnType<typeof useDemoStrings>,
): string {
  switch (error.kind) {
    case 'network':
      return common('error.network');
    case 'timeout':
      return common('error.timeout');
    case 'server':
    case 'rejected':
      return common('error.server', { status: error.status ?? 0 });
    case 'malformed':
      return common('error.malformed');
    case 'noRegion':
      return demo('error.noRegion');
  }
}
