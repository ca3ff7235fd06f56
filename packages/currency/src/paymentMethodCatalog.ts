/** What kind of payment a method is. */
export type PaymentMethodType =
  | 'card'
  | 'wallet'
  | 'bank_debit'
  | 'bank_redirect'
  | 'bank_transfer'
  | 'real_time_payment'
  | 'bnpl'
  | 'voucher';

/** Why and since when a method can no longer be used. */
export interface Discontinuation {
  /** First day without the method (ISO date). */
  readonly since: string;
  readonly reason: string;
  /** Method id buyers moved to, if there is a natural one. */
  readonly replacement?: string;
}

/** A payment method as recorded in the catalog. */
export interface PaymentMethodInfo {
  readonly type: PaymentMethodType;
  /** Brand name as shown at checkout (brands are not translated). */
  readonly name: string;
  /** Currencies it can charge, or `'any'` for cards and card-based wallets. */
  readonly currencies: readonly string[] | 'any';
  /** Present on methods that must never be offered. */
  readonly discontinued?: Discontinuation;
  readonly note?: string;
}

// Checked 2026-01 against the processors' method pages (Stripe, Adyen, Mangopay) and the schemes' own notices.
let catalog: Readonly<Record<string, PaymentMethodInfo>> | undefined;

/** Every payment method globalkit knows, by id, including discontinued ones. Built on first use. */
export function paymentMethodCatalog(): Readonly<Record<string, PaymentMethodInfo>> {
  return (catalog ??= {
    card: { type: 'card', name: 'Card', currencies: 'any' },
    paypal: {
      type: 'wallet',
      name: 'PayPal',
      // PayPal's supported currencies (no INR: domestic Indian payments ended 2021-04-01).
      currencies: [
        'AUD',
        'BRL',
        'CAD',
        'CNY',
        'CZK',
        'DKK',
        'EUR',
        'HKD',
        'HUF',
        'ILS',
        'JPY',
        'MYR',
        'MXN',
        'TWD',
        'NZD',
        'NOK',
        'PHP',
        'PLN',
        'GBP',
        'SGD',
        'SEK',
        'CHF',
        'THB',
        'USD',
      ],
    },
    apple_pay: { type: 'wallet', name: 'Apple Pay', currencies: 'any' },
    google_pay: { type: 'wallet', name: 'Google Pay', currencies: 'any' },
    sepa_debit: { type: 'bank_debit', name: 'SEPA Direct Debit', currencies: ['EUR'] },
    bacs_debit: { type: 'bank_debit', name: 'Bacs Direct Debit', currencies: ['GBP'] },
    ach_debit: { type: 'bank_debit', name: 'ACH Direct Debit', currencies: ['USD'] },
    acss_debit: { type: 'bank_debit', name: 'Pre-authorized debit', currencies: ['CAD', 'USD'] },
    becs_debit: { type: 'bank_debit', name: 'BECS Direct Debit', currencies: ['AUD'] },
    ideal: {
      type: 'bank_redirect',
      name: 'iDEAL | Wero',
      currencies: ['EUR'],
      note: 'EPI is migrating iDEAL to Wero: "iDEAL | Wero" co-branding is mandatory from 2026-01-29 to 2026-03-31, Dutch buyers can pay with Wero from Q4 2026, iDEAL shuts down around 2027–2028.',
    },
    wero: {
      type: 'real_time_payment',
      name: 'Wero',
      currencies: ['EUR'],
      note: 'EPI wallet on SEPA Instant; e-commerce since November 2025 in Germany, Belgium, France, Luxembourg and the Netherlands follow in 2026.',
    },
    bancontact: { type: 'bank_redirect', name: 'Bancontact', currencies: ['EUR'] },
    eps: { type: 'bank_redirect', name: 'EPS', currencies: ['EUR'] },
    p24: { type: 'bank_redirect', name: 'Przelewy24', currencies: ['PLN', 'EUR'] },
    blik: { type: 'real_time_payment', name: 'BLIK', currencies: ['PLN'] },
    twint: { type: 'wallet', name: 'TWINT', currencies: ['CHF'] },
    mobilepay: {
      type: 'wallet',
      name: 'MobilePay',
      currencies: ['DKK', 'EUR'],
      note: 'Vipps MobilePay brand in Denmark and Finland.',
    },
    swish: { type: 'real_time_payment', name: 'Swish', currencies: ['SEK'] },
    vipps: { type: 'wallet', name: 'Vipps', currencies: ['NOK'], note: 'Vipps MobilePay brand in Norway.' },
    multibanco: { type: 'voucher', name: 'Multibanco', currencies: ['EUR'] },
    bizum: { type: 'real_time_payment', name: 'Bizum', currencies: ['EUR'] },
    klarna: {
      type: 'bnpl',
      name: 'Klarna',
      currencies: ['EUR', 'GBP', 'USD', 'SEK', 'NOK', 'DKK', 'CHF', 'PLN', 'CZK', 'RON', 'AUD', 'NZD', 'CAD'],
    },
    konbini: { type: 'voucher', name: 'Konbini', currencies: ['JPY'] },
    paypay: { type: 'wallet', name: 'PayPay', currencies: ['JPY'] },
    kakao_pay: { type: 'wallet', name: 'Kakao Pay', currencies: ['KRW'] },
    naver_pay: { type: 'wallet', name: 'Naver Pay', currencies: ['KRW'] },
    alipay: {
      type: 'wallet',
      name: 'Alipay',
      currencies: ['CNY', 'AUD', 'CAD', 'EUR', 'GBP', 'HKD', 'JPY', 'MYR', 'NZD', 'SGD', 'USD'],
    },
    wechat_pay: {
      type: 'wallet',
      name: 'WeChat Pay',
      currencies: ['CNY', 'AUD', 'CAD', 'CHF', 'DKK', 'EUR', 'GBP', 'HKD', 'JPY', 'NOK', 'SEK', 'SGD', 'USD'],
    },
    fps: { type: 'real_time_payment', name: 'FPS', currencies: ['HKD'] },
    paynow: { type: 'real_time_payment', name: 'PayNow', currencies: ['SGD'] },
    grabpay: { type: 'wallet', name: 'GrabPay', currencies: ['SGD', 'MYR', 'PHP'] },
    fpx: { type: 'bank_redirect', name: 'FPX', currencies: ['MYR'] },
    promptpay: { type: 'real_time_payment', name: 'PromptPay', currencies: ['THB'] },
    upi: { type: 'real_time_payment', name: 'UPI', currencies: ['INR'] },
    netbanking: { type: 'bank_redirect', name: 'Net banking', currencies: ['INR'] },
    pix: { type: 'real_time_payment', name: 'Pix', currencies: ['BRL'] },
    boleto: { type: 'voucher', name: 'Boleto', currencies: ['BRL'] },
    oxxo: { type: 'voucher', name: 'OXXO', currencies: ['MXN'] },
    spei: { type: 'bank_transfer', name: 'SPEI', currencies: ['MXN'] },
    mada: { type: 'card', name: 'mada', currencies: ['SAR'] },
    tabby: { type: 'bnpl', name: 'Tabby', currencies: ['AED', 'SAR', 'KWD'] },
    benefit_pay: { type: 'wallet', name: 'BenefitPay', currencies: ['BHD'] },
    knet: { type: 'bank_redirect', name: 'KNET', currencies: ['KWD'] },
    gcash: { type: 'wallet', name: 'GCash', currencies: ['PHP'] },
    line_pay: {
      type: 'wallet',
      name: 'LINE Pay',
      currencies: ['TWD'],
      note: 'LINE Pay Japan closed on 2025-04-30; LINE Pay Taiwan continues.',
    },
    fawry: { type: 'voucher', name: 'Fawry', currencies: ['EGP'] },
    giropay: {
      type: 'bank_redirect',
      name: 'giropay',
      currencies: ['EUR'],
      discontinued: {
        since: '2024-07-01',
        reason:
          'paydirekt ended giropay on 2024-06-30 with no successor; payments have failed since, refunds ran for a year.',
      },
    },
    sofort: {
      type: 'bank_redirect',
      name: 'Sofort',
      currencies: ['EUR', 'CHF', 'GBP'],
      discontinued: {
        since: '2024-09-30',
        reason:
          'Klarna retired Sofort as a standalone method and folded it into Klarna ("pay now"); processors stopped it between September 2024 and 2025 (Stripe on 2025-03-31).',
        replacement: 'klarna',
      },
    },
  });
}
