// Explicit named barrel: the public API is exactly what is listed here.
// Framework-free; React bindings live in `@globalkit/currency/react`.

// Money and arithmetic
export { money, toDecimalString, isMoney } from './money';
export type { Money, AmountInput } from './money';
export { add, subtract, sum, negate, multiply } from './arithmetic';
export type { MultiplyOptions } from './arithmetic';
export { compare, equals, lessThan, greaterThan, isZero, isNegative, isPositive } from './compare';
export { allocate } from './allocate';
export type { Ratio } from './allocate';
export { DEFAULT_ROUNDING } from './rounding';
export type { RoundingMode } from './rounding';
export { FIRST_CLASS_CURRENCIES, isCurrencyCode, minorDigits } from './currencies';
export type { FirstClassCurrency } from './currencies';

// Formatting and parsing
export { formatMoney, formatMoneyToParts } from './formatMoney';
export { FORMATTER_CACHE_SIZE } from './currencyFormat';
export type { FormatMoneyOptions } from './currencyFormat';
export { parseMoney, MAX_PARSE_LENGTH } from './parseMoney';
export { MoneyFormatter } from './MoneyFormatter';
export type { CurrencyAffix } from './MoneyFormatter';

// Detection
export { currencyForCountry } from './currencyForCountry';
export { COUNTRY_CURRENCIES } from './countryCurrencies';
export { currencyForLocale } from './currencyForLocale';

// Conversion
export { convert, DEFAULT_MAX_RATE_AGE_MS } from './convert';
export type { ExchangeRates, ConvertOptions, Conversion } from './convert';

// Tax
export { taxRuleFor, countryTaxRules, TAX_TABLE_CHECKED } from './taxRuleFor';
export type { TaxRule, TaxComponent, TaxRuleOptions } from './taxRuleFor';
export type { TaxKind, DatedTaxRate, TaxComponentRule, TaxRounding, CountryTaxRule } from './taxTypes';
export { priceBreakdown } from './priceBreakdown';
export type { PriceBreakdown, PriceBreakdownOptions, TaxLine } from './priceBreakdown';
export { invoiceTotals } from './invoiceTotals';
export type { InvoiceTotals, InvoiceTotalsOptions } from './invoiceTotals';

// Price points
export {
  PRICE_POINTS,
  OFFERED_CURRENCIES,
  PLAN_IDS,
  BILLING_INTERVALS,
  isOfferedCurrency,
} from './pricePoints';
export type { PlanId, BillingInterval, OfferedCurrency, PlanPricePoints } from './pricePoints';
export { COUNTRY_PRICE_TIERS, REDUCED_PRICE_POINTS, priceTierFor } from './priceTiers';
export type { PriceTier } from './priceTiers';
export { priceFor, plansFor, billingCurrencyFor, offeredCurrenciesFor } from './priceFor';
export type { PlanRef, PlanPrice } from './priceFor';

// Payment methods
export { paymentMethodsFor } from './paymentMethods';
export type { PaymentMethod, PaymentMethodsOptions } from './paymentMethods';
export { paymentMethodCatalog } from './paymentMethodCatalog';
export type { PaymentMethodInfo, PaymentMethodType, Discontinuation } from './paymentMethodCatalog';

// Errors
export {
  MoneyError,
  InvalidAmountError,
  UnknownCurrencyError,
  CurrencyMismatchError,
  InvalidArgumentError,
  ParseMoneyError,
  MissingRateError,
  StaleRatesError,
  InvalidRatesError,
  CurrencyNotOfferedError,
  UnknownPlanError,
} from './errors';
export type { MoneyErrorCode, ParseMoneyErrorReason, ParseMoneyErrorDetails } from './errors';
