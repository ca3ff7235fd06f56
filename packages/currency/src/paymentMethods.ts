import { describeInput } from './describeInput';
import { InvalidArgumentError } from './errors';
import { jurisdictionCode } from './jurisdictionCode';
import { paymentMethodCatalog, type PaymentMethodInfo } from './paymentMethodCatalog';

/** A payment method offered in a country. */
export interface PaymentMethod extends PaymentMethodInfo {
  /** Stable id (`"card"`, `"sepa_debit"`, `"upi"`), the one processors use where they agree. */
  readonly id: string;
  /** `false` only for discontinued methods, which appear only with `includeUnavailable`. */
  readonly available: boolean;
}

/** Options of {@link paymentMethodsFor}. */
export interface PaymentMethodsOptions {
  /** Keep only methods that can charge this currency (BLIK cannot pay an EUR invoice). */
  readonly currency?: string;
  /** Also list discontinued methods (marked `available: false`, with the reason) — for audits, never for checkout. @defaultValue false */
  readonly includeUnavailable?: boolean;
}

let byCountry: Readonly<Record<string, readonly string[]>> | undefined;

/** Methods per country, in the order a checkout should list them (discontinued ones included, filtered later). */
function methodsByCountry(): Readonly<Record<string, readonly string[]>> {
  if (byCountry) return byCountry;
  const wallets = ['apple_pay', 'google_pay'];
  const euro = ['card', 'paypal', ...wallets, 'sepa_debit'];
  byCountry = {
    DE: [...euro, 'klarna', 'wero', 'giropay', 'sofort'],
    AT: [...euro, 'eps', 'klarna', 'sofort'],
    NL: [...euro, 'ideal', 'klarna', 'sofort'],
    BE: [...euro, 'bancontact', 'klarna', 'sofort'],
    FR: euro,
    IE: euro,
    IT: [...euro, 'sofort'],
    LU: euro,
    GR: euro,
    HR: euro,
    CY: euro,
    MT: euro,
    SI: euro,
    SK: euro,
    EE: euro,
    LV: euro,
    LT: euro,
    BG: euro,
    FI: [...euro, 'mobilepay', 'klarna'],
    ES: [...euro, 'bizum', 'sofort'],
    PT: [...euro, 'multibanco'],
    PL: ['card', 'blik', 'p24', 'paypal', ...wallets],
    DK: ['card', 'mobilepay', 'paypal', ...wallets, 'klarna'],
    SE: ['card', 'swish', 'paypal', ...wallets, 'klarna'],
    NO: ['card', 'vipps', 'paypal', ...wallets, 'klarna'],
    GB: ['card', 'paypal', ...wallets, 'bacs_debit', 'klarna'],
    CH: ['card', 'twint', 'paypal', ...wallets, 'sofort'],
    US: ['card', 'paypal', ...wallets, 'ach_debit'],
    CA: ['card', 'paypal', ...wallets, 'acss_debit'],
    MX: ['card', 'oxxo', 'spei', 'paypal'],
    BR: ['card', 'pix', 'boleto'],
    JP: ['card', 'konbini', 'paypay', ...wallets],
    KR: ['card', 'kakao_pay', 'naver_pay'],
    CN: ['alipay', 'wechat_pay', 'card'],
    HK: ['card', 'fps', 'alipay', 'wechat_pay', ...wallets],
    TW: ['card', 'line_pay', 'apple_pay'],
    SG: ['card', 'paynow', 'grabpay', ...wallets],
    MY: ['card', 'fpx', 'grabpay'],
    TH: ['card', 'promptpay'],
    PH: ['card', 'gcash', 'grabpay'],
    IN: ['upi', 'card', 'netbanking'],
    AU: ['card', 'paypal', ...wallets, 'becs_debit'],
    NZ: ['card', 'paypal', ...wallets],
    AE: ['card', ...wallets, 'tabby'],
    SA: ['mada', 'card', 'apple_pay', 'tabby'],
    BH: ['card', 'benefit_pay', 'apple_pay'],
    KW: ['knet', 'card', 'tabby'],
    EG: ['card', 'fawry'],
  };
  return byCountry;
}

/** Cards work everywhere we sell; anything else needs a local listing. */
const FALLBACK: readonly string[] = ['card'];

/**
 * Payment methods for buyers in `country` (ISO 3166-1, or 3166-2 which uses
 * its country), in checkout order. Discontinued methods (giropay, Sofort)
 * are recorded with their reason but never offered unless
 * `includeUnavailable` asks for an audit view. Unlisted countries get cards.
 *
 * @example paymentMethodsFor('NL', { currency: 'EUR' }).map((m) => m.id) // card, paypal, apple_pay, google_pay, sepa_debit, ideal, klarna
 * @throws {InvalidArgumentError} for a malformed country or currency.
 */
export function paymentMethodsFor(country: string, options: PaymentMethodsOptions = {}): PaymentMethod[] {
  const { country: code } = jurisdictionCode(country, 'paymentMethodsFor');
  const { currency, includeUnavailable = false } = options;
  if (currency !== undefined && (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency))) {
    throw new InvalidArgumentError(
      `paymentMethodsFor: currency ${describeInput(currency)} is not an ISO 4217 code like "EUR".`,
    );
  }
  const catalog = paymentMethodCatalog();
  const ids = Object.hasOwn(methodsByCountry(), code) ? (methodsByCountry()[code] ?? FALLBACK) : FALLBACK;
  const methods: PaymentMethod[] = [];
  for (const id of ids) {
    const info = catalog[id];
    if (!info) continue;
    const available = info.discontinued === undefined;
    if (!available && !includeUnavailable) continue;
    if (currency !== undefined && info.currencies !== 'any' && !info.currencies.includes(currency)) continue;
    methods.push({ id, ...info, available });
  }
  return methods;
}
