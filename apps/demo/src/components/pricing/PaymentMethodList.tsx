/** @jsxImportSource @emotion/react */
import { paymentMethodCatalog } from '@globalkit/currency';
import { Card, Heading, Stack, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../../i18n/strings';
import type { DemoStrings } from '../../i18n/strings';
import type { PricingResponse } from '../../lib/apiGuards';

type MethodType = keyof DemoStrings['pricing']['payment']['type'];

/** The country's accepted payment methods (`data-testid="payment-methods"`, `li[data-method]`). */
export function PaymentMethodList({
  methods,
}: {
  readonly methods: PricingResponse['paymentMethods'];
}): ReactNode {
  const t = useDemoStrings();
  const catalog = paymentMethodCatalog();
  const typeLabel = (type: string): string | undefined => {
    const key = type as MethodType;
    return [
      'card',
      'wallet',
      'bank_debit',
      'bank_redirect',
      'bank_transfer',
      'real_time_payment',
      'bnpl',
      'voucher',
    ].includes(key)
      ? t(`pricing.payment.type.${key}`)
      : undefined;
  };
  return (
    <Card as="section" aria-labelledby="payment-title">
      <Stack gap="md">
        <Heading level={2} size="lg" id="payment-title">
          {t('pricing.payment.title')}
        </Heading>
        {methods.length === 0 ? (
          <Text as="p">{t('pricing.payment.empty')}</Text>
        ) : (
          <ul
            data-testid="payment-methods"
            css={{ margin: 0, paddingInlineStart: '1.25rem', display: 'grid', gap: '0.25rem' }}
          >
            {methods.map((method) => {
              const type = typeLabel(method.type);
              // Brand names are not translated; a generic "card" is, by its type.
              const brand = method.type === 'card' ? undefined : catalog[method.id]?.name;
              const label =
                brand && type
                  ? t('pricing.payment.method', { name: brand, type })
                  : (type ?? brand ?? method.id);
              return (
                <li key={method.id} data-method={method.id} data-type={method.type}>
                  {label}
                </li>
              );
            })}
          </ul>
        )}
      </Stack>
    </Card>
  );
}
