import { isRegionId, isResidencyZoneId } from '@globalkit/regions';
import type { RegionId, ResidencyZoneId } from '@globalkit/regions';

// Hand-written guards instead of a schema library: the browser bundle has a
// 150 KB budget, and these shapes are small and documented in openapi.yaml.

/** `GET /api/geo`. */
export interface GeoResponse {
  readonly country: string;
  readonly subdivision?: string;
  readonly homeRegion: RegionId;
  readonly residencyZone: ResidencyZoneId;
  readonly known: boolean;
  readonly servedBy: RegionId;
}

/** One plan price of `GET /api/pricing`. */
export interface PlanPriceResponse {
  readonly id: string;
  readonly interval: 'month' | 'year';
  /** Integer minor units as a string. */
  readonly amount: string;
  readonly currency: string;
}

/** `GET /api/pricing`. */
export interface PricingResponse {
  readonly country: string;
  readonly currency: string;
  readonly taxInclusive: boolean;
  readonly taxRate: number;
  readonly taxKind?: string;
  readonly plans: readonly PlanPriceResponse[];
  readonly paymentMethods: readonly { readonly id: string; readonly type: string }[];
}

/** `GET /api/exchange-rates`. */
export interface ExchangeRatesResponse {
  readonly base: string;
  readonly asOf: string;
  readonly rates: Readonly<Record<string, string>>;
  /** Publisher of the base table, an id the UI names in the visitor's language (`"ecb"`). */
  readonly provider?: string;
  /** Currencies converted through an official peg, each with its anchor (`{ AED: "USD" }`). */
  readonly pegged?: Readonly<Record<string, string>>;
  /** The provenance in English, for people reading the API: never shown. */
  readonly source?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isCurrency = (value: unknown): value is string => typeof value === 'string' && /^[A-Z]{3}$/.test(value);
const isOptional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value);

export function isGeoResponse(value: unknown): value is GeoResponse {
  return (
    isObject(value) &&
    isString(value['country']) &&
    isOptional(value['subdivision'], isString) &&
    isRegionId(value['homeRegion']) &&
    isResidencyZoneId(value['residencyZone']) &&
    typeof value['known'] === 'boolean' &&
    isRegionId(value['servedBy'])
  );
}

function isPlan(value: unknown): value is PlanPriceResponse {
  return (
    isObject(value) &&
    isString(value['id']) &&
    (value['interval'] === 'month' || value['interval'] === 'year') &&
    typeof value['amount'] === 'string' &&
    /^-?\d{1,15}$/.test(value['amount']) &&
    isCurrency(value['currency'])
  );
}

function isPaymentMethod(value: unknown): value is { id: string; type: string } {
  return isObject(value) && isString(value['id']) && isString(value['type']);
}

export function isPricingResponse(value: unknown): value is PricingResponse {
  return (
    isObject(value) &&
    isString(value['country']) &&
    isCurrency(value['currency']) &&
    typeof value['taxInclusive'] === 'boolean' &&
    typeof value['taxRate'] === 'number' &&
    Number.isFinite(value['taxRate']) &&
    isOptional(value['taxKind'], isString) &&
    Array.isArray(value['plans']) &&
    value['plans'].every(isPlan) &&
    Array.isArray(value['paymentMethods']) &&
    value['paymentMethods'].every(isPaymentMethod)
  );
}

export function isExchangeRatesResponse(value: unknown): value is ExchangeRatesResponse {
  const rates = isObject(value) ? value['rates'] : undefined;
  return (
    isObject(value) &&
    isCurrency(value['base']) &&
    isString(value['asOf']) &&
    !Number.isNaN(Date.parse(value['asOf'])) &&
    isOptional(value['provider'], (v) => typeof v === 'string' && /^[a-z0-9-]{1,32}$/.test(v)) &&
    isOptional(
      value['pegged'],
      (v) =>
        isObject(v) && Object.entries(v).every(([code, anchor]) => isCurrency(code) && isCurrency(anchor)),
    ) &&
    isOptional(value['source'], (v) => typeof v === 'string') &&
    isObject(rates) &&
    Object.entries(rates).every(
      ([code, rate]) => isCurrency(code) && typeof rate === 'string' && /^\d+(\.\d+)?$/.test(rate),
    )
  );
}
