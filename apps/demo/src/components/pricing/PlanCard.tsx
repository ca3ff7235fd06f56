/** @jsxImportSource @emotion/react */
import { Price } from '@globalkit/currency/react';
import { Card, Heading, Stack, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../../i18n/strings';
import type { PricingResponse } from '../../lib/apiGuards';
import type { PlanOffer } from '../../lib/pricingModel';
import { TaxNote } from './TaxNote';

export interface PlanCardProps {
  readonly offer: PlanOffer;
  readonly pricing: PricingResponse;
  /** Rendered under the price, e.g. the approximate conversion. */
  readonly extra?: ReactNode;
}

/** One plan at the jurisdiction's set price point (`data-testid="plan-card"`, `data-plan`). */
export function PlanCard({ offer, pricing, extra }: PlanCardProps): ReactNode {
  const t = useDemoStrings();
  const headingId = `plan-${offer.id}`;
  return (
    <Card
      as="article"
      aria-labelledby={headingId}
      data-testid="plan-card"
      data-plan={offer.id}
      data-interval={offer.interval}
    >
      <Stack gap="sm">
        <Heading level={2} size="lg" id={headingId}>
          {t(`pricing.plan.${offer.id}`)}
        </Heading>
        <div css={{ fontSize: '1.75rem', fontWeight: 700 }}>
          <Price money={offer.price} data-testid="plan-price" />
        </div>
        <Text size="sm" tone="muted">
          {t(`pricing.per.${offer.interval}`)} · <TaxNote pricing={pricing} />
        </Text>
        {extra}
      </Stack>
    </Card>
  );
}
