import type { CountryTaxRule, DatedTaxRate } from './taxTypes';

// Standard rates of the EU, checked on 2026-01-01 against the Commission's
// "VAT rates applied in the Member States of the European Union" (TEDB,
// taxation-customs.ec.europa.eu). 2026 changed only reduced rates (BE, CZ,
// DE, IE, NL, SK, FI), none of the standard rates below.
const EC = 'European Commission TEDB, "VAT rates applied in the Member States", checked 2026-01-01';

function vat(...rates: DatedTaxRate[]): CountryTaxRule {
  return { kind: 'vat', label: 'VAT', inclusive: true, rates };
}

let rules: Readonly<Record<string, CountryTaxRule>> | undefined;

/**
 * Standard VAT of the EU 27, the rest of the EEA, GB, CH and the other
 * countries homed in the EU zone, for digital services sold to consumers
 * (OSS: the buyer's country decides). Prices are shown VAT-inclusive, as
 * consumer law there requires. Built on first use: a function keeps the
 * table out of bundles that never compute tax.
 */
export function europeTaxRules(): Readonly<Record<string, CountryTaxRule>> {
  return (rules ??= {
    AT: vat({ rate: '0.2', source: EC }),
    BE: vat({ rate: '0.21', source: EC }),
    BG: vat({ rate: '0.2', source: EC }),
    HR: vat({ rate: '0.25', source: EC }),
    CY: vat({ rate: '0.19', source: EC }),
    CZ: vat({ rate: '0.21', source: EC }),
    DK: vat({ rate: '0.25', source: EC }),
    EE: vat(
      { rate: '0.2', source: EC },
      {
        rate: '0.22',
        from: '2024-01-01',
        source: 'Estonian Tax and Customs Board (emta.ee): 22 % from 2024-01-01',
      },
      {
        rate: '0.24',
        from: '2025-07-01',
        source: 'Estonian Tax and Customs Board (emta.ee): 24 % from 2025-07-01',
      },
    ),
    FI: vat(
      { rate: '0.24', source: EC },
      {
        rate: '0.255',
        from: '2024-09-01',
        source: 'Finnish Tax Administration (vero.fi): 25.5 % from 2024-09-01',
      },
    ),
    FR: vat({ rate: '0.2', source: EC }),
    DE: vat(
      { rate: '0.19', source: EC },
      {
        rate: '0.16',
        from: '2020-07-01',
        source: 'Zweites Corona-Steuerhilfegesetz: 16 % from 2020-07-01 to 2020-12-31',
      },
      { rate: '0.19', from: '2021-01-01', source: EC },
    ),
    GR: vat({ rate: '0.24', source: EC }),
    HU: vat({ rate: '0.27', source: EC }),
    IE: vat(
      { rate: '0.23', source: EC },
      {
        rate: '0.21',
        from: '2020-09-01',
        source: 'Revenue (revenue.ie): 21 % from 2020-09-01 to 2021-02-28',
      },
      { rate: '0.23', from: '2021-03-01', source: EC },
    ),
    IT: vat({ rate: '0.22', source: EC }),
    LV: vat({ rate: '0.21', source: EC }),
    LT: vat({ rate: '0.21', source: EC }),
    LU: vat(
      { rate: '0.17', source: EC },
      { rate: '0.16', from: '2023-01-01', source: 'AED Luxembourg: temporary 16 % in 2023' },
      { rate: '0.17', from: '2024-01-01', source: EC },
    ),
    MT: vat({ rate: '0.18', source: EC }),
    NL: vat({ rate: '0.21', source: EC }),
    PL: vat({ rate: '0.23', source: EC }),
    PT: vat({ rate: '0.23', source: EC }),
    RO: vat(
      { rate: '0.19', source: EC },
      { rate: '0.21', from: '2025-08-01', source: 'Romanian Law 141/2025: 21 % from 2025-08-01' },
    ),
    SK: vat(
      { rate: '0.2', source: EC },
      {
        rate: '0.23',
        from: '2025-01-01',
        source: 'Slovak Act 530/2024 (financnasprava.sk): 23 % from 2025-01-01',
      },
    ),
    SI: vat({ rate: '0.22', source: EC }),
    ES: vat({ rate: '0.21', source: EC }),
    SE: vat({ rate: '0.25', source: EC }),
    // Rest of the EEA
    IS: vat({ rate: '0.24', source: 'Iceland Revenue and Customs (skatturinn.is), checked 2026-01-01' }),
    LI: vat(
      { rate: '0.077', source: 'Swiss FTA (estv.admin.ch); Liechtenstein shares the Swiss VAT area' },
      { rate: '0.081', from: '2024-01-01', source: 'Swiss FTA (estv.admin.ch): 8.1 % from 2024-01-01' },
    ),
    NO: vat({ rate: '0.25', source: 'Skatteetaten (VOEC scheme for digital services), checked 2026-01-01' }),
    // Europe outside the EEA, and countries homed in the EU zone
    GB: vat({ rate: '0.2', from: '2011-01-04', source: 'HMRC (gov.uk/vat-rates), checked 2026-01-01' }),
    CH: vat(
      { rate: '0.077', source: 'Swiss FTA (estv.admin.ch)' },
      { rate: '0.081', from: '2024-01-01', source: 'Swiss FTA (estv.admin.ch): 8.1 % from 2024-01-01' },
    ),
    TR: vat(
      { rate: '0.18', source: 'Turkish Revenue Administration (gib.gov.tr)' },
      { rate: '0.2', from: '2023-07-10', source: 'Presidential Decision 7346: 20 % from 2023-07-10' },
    ),
    ZA: vat({ rate: '0.15', from: '2018-04-01', source: 'SARS (sars.gov.za), checked 2026-01-01' }),
  });
}
