import { Button, Inline } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../../i18n/strings';
import type { BillingInterval } from '../../lib/pricingModel';

const INTERVALS: readonly BillingInterval[] = ['month', 'year'];

export interface BillingIntervalToggleProps {
  readonly value: BillingInterval;
  readonly onChange: (interval: BillingInterval) => void;
}

/** Monthly / yearly as two toggle buttons in a labelled group (`data-testid="billing-interval"`). */
export function BillingIntervalToggle({ value, onChange }: BillingIntervalToggleProps): ReactNode {
  const t = useDemoStrings();
  return (
    <Inline
      gap="sm"
      role="group"
      aria-label={t('pricing.interval.label')}
      data-testid="billing-interval"
      data-value={value}
    >
      {INTERVALS.map((interval) => (
        <Button
          key={interval}
          size="sm"
          variant={interval === value ? 'primary' : 'secondary'}
          aria-pressed={interval === value}
          data-interval={interval}
          onClick={() => onChange(interval)}
        >
          {t(`pricing.interval.${interval}`)}
        </Button>
      ))}
    </Inline>
  );
}
