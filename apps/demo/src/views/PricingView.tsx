/** @jsxImportSource @emotion/react */
import { ConvertedPrice } from '@globalkit/currency/react';
import { useLocale } from '@globalkit/i18n';
import { Heading, Stack, Text } from '@globalkit/ui-rtl';
import { useState } from 'react';
import type { ReactNode } from 'react';

import { FetchErrorState } from '../components/FetchErrorState';
import { LoadingState } from '../components/LoadingState';
import { BillingIntervalToggle } from '../components/pricing/BillingIntervalToggle';
import { ConversionPanel } from '../components/pricing/ConversionPanel';
import { PaymentMethodList } from '../components/pricing/PaymentMethodList';
import { PlanCard } from '../components/pricing/PlanCard';
import { useApiResource } from '../hooks/useApiResource';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useDemoStrings } from '../i18n/strings';
import { isExchangeRatesResponse, isPricingResponse } from '../lib/apiGuards';
import type { ExchangeRatesResponse } from '../lib/apiGuards';
import { convertibleCurrencies, defaultComparisonCurrency } from '../lib/conversion';
import { plansFor } from '../lib/pricingModel';
import { pricingPath, RATES_PATH } from '../lib/resourceCache';
import type { BillingInterval } from '../lib/pricingModel';
import { useSession } from '../session/SessionContext';

/** Plans at the jurisdiction's price points, tax as it requires, a conversion and payment methods. */
export function PricingView(): ReactNode {
  const t = useDemoStrings();
  const { locale } = useLocale();
  const { session, currency } = useSession();
  const code = session.jurisdiction.subdivision ?? session.jurisdiction.country;
  const [interval, setBillingInterval] = useState<BillingInterval>('month');
  const [target, setTarget] = useState<string | undefined>(undefined);
  useDocumentTitle(t('pricing.title'));

  // Shared with the boot's prefetch (started in parallel with geo when ?country= is given).
  const pricing = useApiResource(pricingPath(code, currency), isPricingResponse, session.resources);
  const rates = useApiResource(RATES_PATH, isExchangeRatesResponse, session.resources);

  const heading = (
    <Heading level={1} id="pricing-title">
      {t('pricing.title')}
    </Heading>
  );
  if (pricing.state === 'loading') {
    return (
      <Stack gap="lg">
        {heading}
        <LoadingState page />
      </Stack>
    );
  }
  const offers = pricing.state === 'success' ? plansFor(pricing.data, interval) : null;
  if (pricing.state === 'error' || offers === null) {
    return (
      <Stack gap="lg">
        {heading}
        <FetchErrorState
          title={t('error.pricing')}
          error={pricing.state === 'error' ? pricing.error : { kind: 'malformed' }}
          onRetry={pricing.retry}
        />
      </Stack>
    );
  }
  const data = pricing.data;
  const comparison = target ?? defaultComparisonCurrency(data.currency);
  const countryName = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }).of(data.country);
  const convertible = (table: ExchangeRatesResponse) => {
    const known = convertibleCurrencies(table);
    return known.includes(data.currency) && known.includes(comparison);
  };
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        {heading}
        <Text as="p" tone="muted">
          {t('pricing.intro', { country: countryName ?? data.country, currency: data.currency })}
        </Text>
      </Stack>
      <BillingIntervalToggle value={interval} onChange={setBillingInterval} />
      {offers.length === 0 ? (
        <Text as="p">{t('pricing.empty')}</Text>
      ) : (
        <div
          data-testid="plans"
          css={{
            display: 'grid',
            gap: '1.5rem',
            gridTemplateColumns: 'repeat(auto-fit, minmax(15rem, 1fr))',
          }}
        >
          {offers.map((offer) => (
            <PlanCard
              key={`${offer.id}-${offer.interval}`}
              offer={offer}
              pricing={data}
              extra={
                rates.state === 'success' && convertible(rates.data) ? (
                  <ConvertedPrice
                    money={offer.price}
                    to={comparison}
                    rates={rates.data}
                    // The page shows one staleness warning for all cards.
                    convertOptions={{ maxAgeMs: Number.POSITIVE_INFINITY }}
                    data-testid="converted-price"
                  />
                ) : null
              }
            />
          ))}
        </div>
      )}
      {rates.state === 'loading' ? <LoadingState /> : null}
      {rates.state === 'error' ? (
        <FetchErrorState title={t('error.rates')} error={rates.error} onRetry={rates.retry} />
      ) : null}
      {rates.state === 'success' ? (
        <ConversionPanel
          rates={rates.data}
          billingCurrency={data.currency}
          target={comparison}
          onTargetChange={setTarget}
        />
      ) : null}
      <PaymentMethodList methods={data.paymentMethods} />
    </Stack>
  );
}
