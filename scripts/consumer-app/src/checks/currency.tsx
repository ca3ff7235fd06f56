// What a user of @globalkit/currency does: exact money, formatted and parsed in
// the visitor's locale, with tax shown the way the jurisdiction requires.
import { formatMoney, money, parseMoney, priceBreakdown, priceFor } from '@globalkit/currency';
import { Price } from '@globalkit/currency/react';
import { useLayoutEffect, useRef, useState } from 'react';

import { Result } from '../Result';

const huge = money(9_223_372_036_854_775_807n, 'USD');
const breakdown = priceBreakdown(money('119.00', 'EUR'), 'DE', { pricesIncludeTax: true });

export function Check() {
  const ref = useRef<HTMLSpanElement>(null);
  const [rendered, setRendered] = useState<string | null>(null);
  useLayoutEffect(() => setRendered(ref.current?.textContent ?? ''), []);
  return (
    <>
      <span ref={ref}>
        <Price money={money(1500n, 'JPY')} locale="ja" />
      </span>
      <Result
        pkg="@globalkit/currency"
        pending={rendered === null}
        expectations={[
          {
            label: 'formats like Intl',
            actual: formatMoney(money('1234.50', 'EUR'), 'de'),
            expected: new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format('1234.50'),
          },
          {
            label: '2^63 − 1 minor units exactly',
            actual: formatMoney(huge, 'en-US'),
            expected: '$92,233,720,368,547,758.07',
          },
          {
            label: 'parses Persian digits',
            actual: parseMoney('۱۲٫۵۰', 'fa', 'USD').amount.toString(),
            expected: '1250',
          },
          {
            label: 'German VAT breakdown adds up',
            actual: [breakdown.net.amount, breakdown.tax.amount, breakdown.gross.amount].map(String),
            expected: ['10000', '1900', '11900'],
          },
          {
            label: 'price point, not a conversion',
            actual: priceFor('starter', 'JP').amount.toString(),
            expected: '1500',
          },
          {
            label: '<Price> in Japanese',
            actual: rendered,
            expected: formatMoney(money(1500n, 'JPY'), 'ja'),
          },
          { label: 'yen has no decimals', actual: rendered?.includes('.'), expected: false },
        ]}
      />
    </>
  );
}
