/**
 * Payment methods offered per country.
 *
 * TEMPORARY HOME: moves to `@globalkit/currency` (`paymentMethodsFor`).
 * giropay (ended 2024-06-30) and Sofort (wound down by Klarna in 2024) are
 * deliberately absent: offering a dead method is worse than offering none.
 */

export type PaymentMethodType =
  | 'card'
  | 'wallet'
  | 'bank_debit'
  | 'bank_redirect'
  | 'bank_transfer'
  | 'real_time_payment'
  | 'bnpl'
  | 'voucher';

export interface PaymentMethod {
  readonly id: string;
  readonly type: PaymentMethodType;
}

const METHOD_TYPES = {
  card: 'card',
  paypal: 'wallet',
  apple_pay: 'wallet',
  google_pay: 'wallet',
  sepa_debit: 'bank_debit',
  bacs_debit: 'bank_debit',
  ach_debit: 'bank_debit',
  acss_debit: 'bank_debit',
  becs_debit: 'bank_debit',
  ideal: 'bank_redirect',
  bancontact: 'bank_redirect',
  eps: 'bank_redirect',
  p24: 'bank_redirect',
  blik: 'real_time_payment',
  twint: 'wallet',
  mobilepay: 'wallet',
  swish: 'real_time_payment',
  vipps: 'wallet',
  multibanco: 'voucher',
  bizum: 'real_time_payment',
  klarna: 'bnpl',
  konbini: 'voucher',
  paypay: 'wallet',
  kakao_pay: 'wallet',
  naver_pay: 'wallet',
  alipay: 'wallet',
  wechat_pay: 'wallet',
  fps: 'real_time_payment',
  paynow: 'real_time_payment',
  grabpay: 'wallet',
  fpx: 'bank_redirect',
  promptpay: 'real_time_payment',
  upi: 'real_time_payment',
  netbanking: 'bank_redirect',
  pix: 'real_time_payment',
  boleto: 'voucher',
  oxxo: 'voucher',
  spei: 'bank_transfer',
  mada: 'card',
  tabby: 'bnpl',
  benefit_pay: 'wallet',
  knet: 'bank_redirect',
  gcash: 'wallet',
  line_pay: 'wallet',
  fawry: 'voucher',
} as const satisfies Record<string, PaymentMethodType>;

type MethodId = keyof typeof METHOD_TYPES;

// Wallet coverage is broad enough to treat as one group.
const WALLETS: readonly MethodId[] = ['apple_pay', 'google_pay'];
const EURO_BASE: readonly MethodId[] = ['card', 'paypal', ...WALLETS, 'sepa_debit'];

/** Methods per country, in the order a checkout should list them. */
const METHODS_BY_COUNTRY: Readonly<Record<string, readonly MethodId[]>> = {
  DE: [...EURO_BASE, 'klarna'],
  AT: [...EURO_BASE, 'eps', 'klarna'],
  NL: [...EURO_BASE, 'ideal', 'klarna'],
  BE: [...EURO_BASE, 'bancontact', 'klarna'],
  FR: EURO_BASE,
  IE: EURO_BASE,
  IT: EURO_BASE,
  LU: EURO_BASE,
  GR: EURO_BASE,
  HR: EURO_BASE,
  CY: EURO_BASE,
  MT: EURO_BASE,
  SI: EURO_BASE,
  SK: EURO_BASE,
  EE: EURO_BASE,
  LV: EURO_BASE,
  LT: EURO_BASE,
  BG: EURO_BASE,
  FI: [...EURO_BASE, 'mobilepay', 'klarna'],
  ES: [...EURO_BASE, 'bizum'],
  PT: [...EURO_BASE, 'multibanco'],
  PL: ['card', 'blik', 'p24', 'paypal', ...WALLETS],
  DK: ['card', 'mobilepay', 'paypal', ...WALLETS, 'klarna'],
  SE: ['card', 'swish', 'paypal', ...WALLETS, 'klarna'],
  NO: ['card', 'vipps', 'paypal', ...WALLETS, 'klarna'],
  GB: ['card', 'paypal', ...WALLETS, 'bacs_debit', 'klarna'],
  CH: ['card', 'twint', 'paypal', ...WALLETS],
  US: ['card', 'paypal', ...WALLETS, 'ach_debit'],
  CA: ['card', 'paypal', ...WALLETS, 'acss_debit'],
  MX: ['card', 'oxxo', 'spei', 'paypal'],
  BR: ['card', 'pix', 'boleto'],
  JP: ['card', 'konbini', 'paypay', ...WALLETS],
  KR: ['card', 'kakao_pay', 'naver_pay'],
  CN: ['alipay', 'wechat_pay', 'card'],
  HK: ['card', 'fps', 'alipay', 'wechat_pay', ...WALLETS],
  TW: ['card', 'line_pay', 'apple_pay'],
  SG: ['card', 'paynow', 'grabpay', ...WALLETS],
  MY: ['card', 'fpx', 'grabpay'],
  TH: ['card', 'promptpay'],
  PH: ['card', 'gcash', 'grabpay'],
  IN: ['upi', 'card', 'netbanking'],
  AU: ['card', 'paypal', ...WALLETS, 'becs_debit'],
  NZ: ['card', 'paypal', ...WALLETS],
  AE: ['card', ...WALLETS, 'tabby'],
  SA: ['mada', 'card', 'apple_pay', 'tabby'],
  BH: ['card', 'benefit_pay', 'apple_pay'],
  KW: ['knet', 'card'],
  EG: ['card', 'fawry'],
};

/** Cards work everywhere we sell; anything else needs a local listing. */
const FALLBACK: readonly MethodId[] = ['card'];

export function paymentMethodsFor(country: string): PaymentMethod[] {
  return (METHODS_BY_COUNTRY[country] ?? FALLBACK).map((id) => ({ id, type: METHOD_TYPES[id] }));
}
