import { CurrencySelector } from '@globalkit/currency/react/currency-selector';
import { useLocale } from '@globalkit/i18n';
import { Alert, Card, Heading, Stack, Text } from '@globalkit/ui-rtl';
import type { ReactNode } from 'react';

import { useDemoStrings } from '../../i18n/strings';
import type { ExchangeRatesResponse } from '../../lib/apiGuards';
import { convertibleCurrencies, ratesAreStale, STALE_AFTER_DAYS } from '../../lib/conversion';

/** Rate publishers the demo can name in every locale; an unknown one is not named at all. */
const PROVIDER_NAMES = { ecb: 'pricing.convert.providers.ecb' } as const;

function providerNameKey(provider: string | undefined) {
  return provider !== undefined && Object.hasOwn(PROVIDER_NAMES, provider)
    ? PROVIDER_NAMES[provider as keyof typeof PROVIDER_NAMES]
    : undefined;
}

export interface ConversionPanelProps {
  readonly rates: ExchangeRatesResponse;
  readonly billingCurrency: string;
  readonly target: string;
  readonly onTargetChange: (currency: string) => void;
}

/** Picks the comparison currency and says how old the rates are (`rates-date`, `rates-stale`). */
export function ConversionPanel({
  rates,
  billingCurrency,
  target,
  onTargetChange,
}: ConversionPanelProps): ReactNode {
  const t = useDemoStrings();
  const { locale } = useLocale();
  const currencies = convertibleCurrencies(rates).filter((code) => code !== billingCurrency);
  const providerKey = providerNameKey(rates.provider);
  // The conversion crosses the peg when either side is a pegged currency.
  const pegs = [...new Set([billingCurrency, target])].flatMap((currency) => {
    const anchor = rates.pegged?.[currency];
    return anchor === undefined ? [] : [{ currency, anchor }];
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(rates.asOf.length === 10 ? `${rates.asOf}T00:00:00Z` : rates.asOf),
  );
  return (
    <Card as="section" aria-labelledby="conversion-title">
      <Stack gap="md">
        <Heading level={2} size="lg" id="conversion-title">
          {t('pricing.convert.title')}
        </Heading>
        <CurrencySelector
          label={t('pricing.convert.label')}
          currencies={currencies}
          value={target}
          onValueChange={onTargetChange}
          data-testid="conversion-currency"
        />
        <Text as="p" size="sm" tone="muted">
          {t('pricing.convert.hint', { currency: billingCurrency })}
        </Text>
        <Text as="p" size="sm" data-testid="rates-date" data-as-of={rates.asOf}>
          {t('pricing.convert.ratesDate', { date })}
        </Text>
        {/* Named from `provider`, never the API's English `source` text. */}
        {providerKey ? (
          <Text as="p" size="sm" tone="muted" data-testid="rates-source">
            {t('pricing.convert.ratesSource', { source: t(providerKey) })}
          </Text>
        ) : null}
        {pegs.map(({ currency, anchor }) => (
          <Text key={currency} as="p" size="sm" tone="muted" data-testid="rates-peg">
            {t('pricing.convert.pegged', { currency, anchor })}
          </Text>
        ))}
        {ratesAreStale(rates.asOf) ? (
          <Alert tone="warning" live="off" data-testid="rates-stale">
            {t('pricing.convert.stale', { count: STALE_AFTER_DAYS })}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
