import { usePricingStrings } from '@globalkit/currency/react';
import { useLocale } from '@globalkit/i18n';
import type { ReactNode } from 'react';

import type { PricingResponse } from '../../lib/apiGuards';
import { taxNoteFor } from '../../lib/pricingModel';

/** "19% VAT included", "plus tax"… from the `pricing` namespace (`data-testid="tax-note"`). */
export function TaxNote({ pricing }: { readonly pricing: PricingResponse }): ReactNode {
  const t = usePricingStrings();
  const { locale } = useLocale();
  const note = taxNoteFor(pricing);
  let text: string;
  switch (note.type) {
    case 'included':
      text =
        note.rate === null
          ? t(`tax.included.${note.kind}`)
          : t(`tax.includedRate.${note.kind}`, {
              rate: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
                note.rate,
              ),
            });
      break;
    case 'excluded':
      text = t(`tax.excluded.${note.kind}`);
      break;
    case 'atCheckout':
      text = t('tax.atCheckout');
      break;
  }
  return (
    <span data-testid="tax-note" data-tax-inclusive={pricing.taxInclusive ? 'true' : 'false'}>
      {text}
    </span>
  );
}
