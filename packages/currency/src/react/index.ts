// Explicit named barrel: the React bindings of @globalkit/currency (they need @globalkit/i18n).
// <CurrencySelector> has its own entry, `@globalkit/currency/react/currency-selector`, because it
// is the only part that needs @globalkit/ui-rtl.
export { Price } from './Price';
export type { PriceProps } from './Price';
export { PriceBreakdown } from './PriceBreakdown';
export type { PriceBreakdownProps } from './PriceBreakdown';
export { MoneyInput } from './MoneyInput';
export type { MoneyInputProps, MoneyInputChange, MoneyInputError } from './MoneyInput';
export { ConvertedPrice } from './ConvertedPrice';
export type { ConvertedPriceProps } from './ConvertedPrice';
export { useMoneyFormatter } from './useMoneyFormatter';
export type { UseMoneyFormatterOptions } from './useMoneyFormatter';
export { loadPricingFallback, usePricingStrings } from './usePricingStrings';
export type { PricingKey, PricingOptions, PricingTranslate } from './usePricingStrings';
